#include "Release.h"

#include "core/crypto/Digest.h"

using namespace Qt::StringLiterals;

namespace core {

QJsonObject Release::canonicalJson() const
{
    return QJsonObject{
        {u"version"_s, version},       {u"commit"_s, commitSha},  {u"artifacts"_s, artifacts},
        {u"migrations"_s, migrations}, {u"contract"_s, contract},
    };
}

QString Release::digest() const
{
    return sha256Hex(canonicalJson());
}

} // namespace core
