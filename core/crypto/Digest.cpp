#include "Digest.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace core {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString sha256Hex(const QJsonObject &json)
{
    return sha256Hex(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString chainHash(const QString &previousHash, const QByteArray &canonicalEntry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalEntry);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace core
