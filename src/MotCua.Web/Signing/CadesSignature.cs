using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using ContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;
using IssuerAndSerialNumber = Org.BouncyCastle.Asn1.Cms.IssuerAndSerialNumber;
using SignedData = Org.BouncyCastle.Asn1.Cms.SignedData;
using SignerInfo = Org.BouncyCastle.Asn1.Cms.SignerInfo;

namespace MotCua.Web.Signing;

/// <summary>
/// A detached CMS signature as PAdES baseline B-B (ETSI EN 319 142-1) wants it: signed attributes content-type,
/// message-digest and signing-certificate-v2 (which binds the certificate to the signature, so that another certificate
/// with the same key cannot claim it), no signing-time (the PDF's /M carries it). The signature over the attributes is
/// made by <c>sign</c>, so that a key held elsewhere (a remote signing service) signs only a hash.
/// </summary>
public static class CadesSignature
{
    /// <param name="documentDigest">SHA-256 of the signed byte ranges.</param>
    /// <param name="chain">The signer's certificate first, then the CA certificates to embed.</param>
    /// <param name="rsa">True for an RSA key (PKCS#1 v1.5), false for ECDSA.</param>
    /// <param name="sign">Signs a SHA-256 hash with the signer's key: PKCS#1 v1.5 for RSA, DER (r, s) for ECDSA.</param>
    public static async Task<byte[]> BuildAsync(
        byte[] documentDigest, IReadOnlyList<X509Certificate2> chain, bool rsa, Func<byte[], CancellationToken, Task<byte[]>> sign, CancellationToken ct)
    {
        var signer = X509CertificateStructure.GetInstance(chain[0].RawData);
        var sha256 = new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256, DerNull.Instance);
        var attributes = new DerSet(new Asn1EncodableVector(
            new Attribute(CmsAttributes.ContentType, new DerSet(CmsObjectIdentifiers.Data)),
            new Attribute(CmsAttributes.MessageDigest, new DerSet(new DerOctetString(documentDigest))),
            new Attribute(PkcsObjectIdentifiers.IdAASigningCertificateV2,
                new DerSet(new SigningCertificateV2(new EssCertIDv2(SHA256.HashData(chain[0].RawData)))))));

        var signature = await sign(SHA256.HashData(attributes.GetEncoded(Asn1Encodable.Der)), ct);
        var signerInfo = new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(signer.Issuer, signer.SerialNumber)),
            sha256,
            attributes,
            rsa ? new AlgorithmIdentifier(PkcsObjectIdentifiers.RsaEncryption, DerNull.Instance) : new AlgorithmIdentifier(X9ObjectIdentifiers.ECDsaWithSha256),
            new DerOctetString(signature),
            null);
        var certificates = new DerSet(chain.Select(c => (Asn1Encodable)X509CertificateStructure.GetInstance(c.RawData)).ToArray());
        var signedData = new SignedData(new DerSet(sha256), new ContentInfo(CmsObjectIdentifiers.Data, null), certificates, null, new DerSet(signerInfo));
        return new ContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>Signs a SHA-256 hash with a local private key, in the form <see cref="BuildAsync"/> embeds.</summary>
    public static byte[] SignHash(X509Certificate2 certificate, byte[] hash)
    {
        if (certificate.GetRSAPrivateKey() is { } rsa)
        {
            using (rsa)
            {
                return rsa.SignHash(hash, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            }
        }

        using var ecdsa = certificate.GetECDsaPrivateKey() ?? throw new SigningFailedException("The certificate " + certificate.Subject + " has no RSA or ECDSA private key.");
        return ecdsa.SignHash(hash, DSASignatureFormat.Rfc3279DerSequence);
    }

    public static bool IsRsa(X509Certificate2 certificate) => certificate.PublicKey.Oid.Value == "1.2.840.113549.1.1.1";
}
