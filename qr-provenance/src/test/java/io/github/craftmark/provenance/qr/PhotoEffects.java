package io.github.craftmark.provenance.qr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** What a camera and a printer do to a QR image, each seeded where random. */
final class PhotoEffects {
  private PhotoEffects() {}

  static BufferedImage rgb(BufferedImage image) {
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  /** Applies an affine transform with bilinear sampling, on a white canvas holding the result. */
  static BufferedImage transform(BufferedImage image, AffineTransform transform) {
    double[] corners = {
      0, 0, image.getWidth(), 0, 0, image.getHeight(), image.getWidth(), image.getHeight()
    };
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < corners.length; i += 2) {
      Point2D p = transform.transform(new Point2D.Double(corners[i], corners[i + 1]), null);
      minX = Math.min(minX, p.getX());
      minY = Math.min(minY, p.getY());
      maxX = Math.max(maxX, p.getX());
      maxY = Math.max(maxY, p.getY());
    }
    int width = (int) Math.ceil(maxX - minX) + 2;
    int height = (int) Math.ceil(maxY - minY) + 2;
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    AffineTransform shifted = AffineTransform.getTranslateInstance(1 - minX, 1 - minY);
    shifted.concatenate(transform);
    g.drawImage(rgb(image), shifted, null);
    g.dispose();
    return out;
  }

  static BufferedImage scale(BufferedImage image, double factor) {
    return transform(image, AffineTransform.getScaleInstance(factor, factor));
  }

  static BufferedImage rotate(BufferedImage image, double degrees) {
    return transform(image, AffineTransform.getRotateInstance(Math.toRadians(degrees)));
  }

  /** A label seen at an angle: sheared, squashed on one axis, slightly rotated. */
  static BufferedImage skew(BufferedImage image, double shear, double squash) {
    AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(4));
    t.concatenate(AffineTransform.getShearInstance(shear, shear / 3));
    t.concatenate(AffineTransform.getScaleInstance(1, squash));
    return transform(image, t);
  }

  /** Adds Gaussian noise of standard deviation {@code sigma} grey levels to every channel. */
  static BufferedImage noise(BufferedImage image, double sigma, long seed) {
    Random random = new Random(seed);
    BufferedImage out = rgb(image);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int rgb = out.getRGB(x, y);
        int r = clamp((rgb >> 16 & 0xFF) + random.nextGaussian() * sigma);
        int g = clamp((rgb >> 8 & 0xFF) + random.nextGaussian() * sigma);
        int b = clamp((rgb & 0xFF) + random.nextGaussian() * sigma);
        out.setRGB(x, y, r << 16 | g << 8 | b);
      }
    }
    return out;
  }

  /** Blurs with a Gaussian kernel of the given radius (about 2·sigma). */
  static BufferedImage blur(BufferedImage image, int radius) {
    int size = 2 * radius + 1;
    float[] kernel = new float[size * size];
    double sigma = radius / 2.0;
    float sum = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double dx = x - radius;
        double dy = y - radius;
        kernel[y * size + x] = (float) Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
        sum += kernel[y * size + x];
      }
    }
    for (int i = 0; i < kernel.length; i++) {
      kernel[i] /= sum;
    }
    BufferedImage padded = rgb(image);
    return new ConvolveOp(new Kernel(size, size, kernel), ConvolveOp.EDGE_NO_OP, null)
        .filter(padded, null);
  }

  /** Maps black to {@code dark} and white to {@code light} grey. */
  static BufferedImage contrast(BufferedImage image, int dark, int light) {
    BufferedImage out = rgb(image);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int v = out.getRGB(x, y) & 0xFF;
        int grey = dark + (light - dark) * v / 255;
        out.setRGB(x, y, grey << 16 | grey << 8 | grey);
      }
    }
    return out;
  }

  static BufferedImage invert(BufferedImage image) {
    BufferedImage out = rgb(image);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        out.setRGB(x, y, ~out.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return out;
  }

  static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(rgb(image), null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  static BufferedImage jpegRoundTrip(BufferedImage image, float quality) {
    try {
      return ImageIO.read(new ByteArrayInputStream(jpeg(image, quality)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }
}
