package org.euc.portal.signature.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Verifies the detached CMS signature of a PDF over its signed bytes and finds out who signed.
 * Uses the default JCA providers only; BouncyCastle is never registered as a global provider.
 */
final class CmsSignatureCheck {

    /** Who signed, or why the signature does not hold. */
    record Verdict(X509Certificate signer, String problem) {

        static Verdict intact(X509Certificate signer) {
            return new Verdict(signer, null);
        }

        static Verdict broken(String problem) {
            return new Verdict(null, problem);
        }

        boolean isIntact() {
            return problem == null;
        }
    }

    private CmsSignatureCheck() {
    }

    /**
     * @param requireSigningCertificateBinding CAdES: the signer certificate must be named by the
     *        signed ESS signing-certificate-v2 attribute, so it cannot be swapped for another one
     *        holding the same key
     */
    static Verdict verify(byte[] signedBytes, byte[] cms, boolean requireSigningCertificateBinding) {
        try {
            // The InputStream constructor reads one ASN.1 object and so ignores the zero padding of
            // /Contents, which the byte[] constructor rejects on BouncyCastle 1.85 and later.
            CMSSignedData signedData = new CMSSignedData(new CMSProcessableByteArray(signedBytes),
                    new ByteArrayInputStream(cms));
            Collection<SignerInformation> signerInfos = signedData.getSignerInfos().getSigners();
            if (signerInfos.size() != 1) {
                return Verdict.broken("the CMS holds " + signerInfos.size() + " signer infos instead of one");
            }
            SignerInformation signerInfo = signerInfos.iterator().next();
            Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches(signerInfo.getSID());
            if (matches.size() != 1) {
                return Verdict.broken("the signer certificate is not in the CMS");
            }
            X509CertificateHolder signerHolder = matches.iterator().next();
            X509Certificate signer = new JcaX509CertificateConverter().getCertificate(signerHolder);
            // Verified with the bare public key: the certificate-based verifier also rejects expired
            // certificates, and an expired certificate is the service's decision, not tampering.
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer.getPublicKey()))) {
                return Verdict.broken("the signature value does not verify");
            }
            if (requireSigningCertificateBinding && !bindsCertificate(signerInfo.getSignedAttributes(), signerHolder)) {
                return Verdict.broken("no ESS signing-certificate-v2 attribute naming the signer certificate");
            }
            return Verdict.intact(signer);
        } catch (Exception e) {
            // Anything BouncyCastle throws here means the CMS is malformed or does not match the bytes.
            return Verdict.broken(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static boolean bindsCertificate(AttributeTable signedAttributes, X509CertificateHolder signer)
            throws Exception {
        Attribute attribute = signedAttributes == null ? null
                : signedAttributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ASN1Set values = attribute.getAttrValues();
        ESSCertIDv2[] certIds = values.size() == 1
                ? SigningCertificateV2.getInstance(values.getObjectAt(0)).getCerts()
                : new ESSCertIDv2[0];
        if (certIds.length == 0) {
            return false;
        }
        // The first ESSCertIDv2 identifies the signing certificate (RFC 5035).
        ESSCertIDv2 signerId = certIds[0];
        DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build().get(signerId.getHashAlgorithm());
        try (OutputStream out = digest.getOutputStream()) {
            out.write(signer.getEncoded());
        } catch (IOException e) {
            return false;
        }
        return Arrays.equals(digest.getDigest(), signerId.getCertHash());
    }
}
