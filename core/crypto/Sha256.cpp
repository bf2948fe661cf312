#include "Sha256.h"

#include <openssl/evp.h>

namespace core {

Sha256::Sha256()
    : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
    , m_ctx(EVP_MD_CTX_new())
{
    Q_ASSERT(m_md && m_ctx);
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
    EVP_MD_free(m_md);
}

void Sha256::reset()
{
    EVP_DigestInit_ex2(m_ctx, m_md, nullptr);
}

void Sha256::add(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_ctx, bytes.data(), static_cast<size_t>(bytes.size()));
}

void Sha256::digest(unsigned char *out)
{
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, out, &length);
}

void Sha256::hexDigest(char *out)
{
    static constexpr char kHex[] = "0123456789abcdef";
    unsigned char raw[kDigestBytes];
    digest(raw);
    for (int i = 0; i < kDigestBytes; ++i) {
        out[2 * i] = kHex[raw[i] >> 4];
        out[2 * i + 1] = kHex[raw[i] & 0x0f];
    }
}

} // namespace core
