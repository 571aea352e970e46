package io.github.craftmark.provenance.internal.trust;

import io.github.craftmark.provenance.ProvenanceException;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.key.TagSigner;
import io.github.craftmark.provenance.trust.MemberCertificate;
import java.util.ArrayList;
import java.util.List;

/** Signs member certificates and checks the ones a trust list carries. */
public final class Certificates {
  private Certificates() {}

  /** A member certificate's signature does not verify with any allowed root. */
  public static final class BadSignature extends ProvenanceException {
    private static final long serialVersionUID = 1L;

    BadSignature(String message) {
      super(message);
    }
  }

  /**
   * Signs a member certificate into its tagged COSE_Sign1 form.
   *
   * @param root the authority's root key
   * @param certificate the certificate
   * @return the signed certificate
   */
  public static byte[] sign(TagSigner root, MemberCertificate certificate) {
    return SignedObjects.sign(
        root, TrustCodec.CERTIFICATE_CONTEXT, TrustCodec.encodeCertificate(certificate));
  }

  /**
   * Checks and decodes one signed member certificate.
   *
   * @param signed the tagged COSE_Sign1
   * @param roots the roots allowed to have signed it
   * @return the certificate
   * @throws TrustFormatException when it is malformed
   * @throws BadSignature when no allowed root signed it
   */
  public static MemberCertificate verify(byte[] signed, List<TagPublicKey> roots) {
    SignedObjects.Envelope envelope = SignedObjects.open(
        signed, TrustCodec.MAX_CERTIFICATE_BYTES, TrustCodec.CERTIFICATE_CONTEXT);
    boolean verified = false;
    for (TagPublicKey root : roots) {
      if (envelope.isSignedBy(root)) {
        verified = true;
        break;
      }
    }
    if (!verified) {
      throw new BadSignature(
          "member certificate signature does not verify with an authority root (key id "
              + envelope.keyId()
              + ")");
    }
    return TrustCodec.decodeCertificate(envelope.payload());
  }

  /**
   * Checks and decodes every member certificate of a trust list; the first bad one fails all.
   *
   * @param list the list as read
   * @param roots the roots allowed to have signed its certificates
   * @return the certificates, in list order
   * @throws TrustFormatException when one is malformed
   * @throws BadSignature when one is not signed by an allowed root
   */
  public static List<MemberCertificate> verifyAll(
      TrustCodec.RawTrustList list, List<TagPublicKey> roots) {
    List<byte[]> signed = list.signedCertificates();
    List<MemberCertificate> members = new ArrayList<>(signed.size());
    for (int i = 0; i < signed.size(); i++) {
      try {
        members.add(verify(signed.get(i), roots));
      } catch (BadSignature e) {
        throw new BadSignature("members[" + i + "]: " + e.getMessage());
      } catch (TrustFormatException e) {
        throw new TrustFormatException("members[" + i + "]: " + e.getMessage(), e);
      }
    }
    return members;
  }
}
