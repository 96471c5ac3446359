package org.euc.portal.signature.service;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.euc.portal.common.integrity.HashChain;

/**
 * The CMS part of a PAdES-BASELINE-B signature: detached SignedData over the PDF's signed bytes
 * with content-type, message-digest and ESS signing-certificate-v2 as signed attributes, and the
 * whole chain in the certificate bag. No CMS signing-time: PAdES keeps the claimed time in /M.
 */
final class DetachedCadesSignature implements SignatureInterface {

    private final PrivateKey key;
    private final X509Certificate[] chain;
    private final String signatureAlgorithm;

    /** @throws IllegalArgumentException for a key that is neither RSA nor EC, or an empty chain */
    DetachedCadesSignature(PrivateKey key, X509Certificate[] chain) {
        if (chain == null || chain.length == 0 || chain[0] == null) {
            throw new IllegalArgumentException("the certificate chain must start with the signer's certificate");
        }
        this.key = Objects.requireNonNull(key, "key");
        this.chain = chain.clone();
        this.signatureAlgorithm = signatureAlgorithmFor(key);
    }

    private static String signatureAlgorithmFor(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException(
                    "only RSA and EC keys can sign, not " + key.getAlgorithm() + " keys");
        };
    }

    @Override
    public byte[] sign(InputStream signedBytes) throws IOException {
        try {
            X509Certificate signer = chain[0];
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(new SignedAttributesWithoutSigningTime(signer))
                            .build(new JcaContentSignerBuilder(signatureAlgorithm).build(key),
                                    new JcaX509CertificateHolder(signer)));
            generator.addCertificates(new JcaCertStore(List.of(chain)));
            return generator.generate(new CMSProcessableByteArray(signedBytes.readAllBytes()), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IOException("could not create the CMS signature: " + e.getMessage(), e);
        }
    }

    /** BouncyCastle's default signed attributes plus the ESS certificate binding, minus signing-time. */
    private static final class SignedAttributesWithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        SignedAttributesWithoutSigningTime(X509Certificate signer) throws GeneralSecurityException {
            super(new AttributeTable(signingCertificateV2(signer)));
        }

        private static Attribute signingCertificateV2(X509Certificate signer) throws GeneralSecurityException {
            byte[] certificateHash = HashChain.sha256(signer.getEncoded());
            return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash))));
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }
}
