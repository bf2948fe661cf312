#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace core {

// SHA-256 of the canonical (compact, key-sorted) JSON form of an object, as lower-case hex.
QString sha256Hex(const QJsonObject &json);
QString sha256Hex(const QByteArray &bytes);

// SHA-256 over the previous link's hex hash and this entry's canonical bytes.
QString chainHash(const QString &previousHash, const QByteArray &canonicalEntry);

} // namespace core
