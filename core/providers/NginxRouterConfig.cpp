#include "NginxRouterConfig.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace core {

namespace {

Error configError(const QString &message)
{
    return Error{u"router.config"_s, message, {}};
}

} // namespace

QStringList NginxRouterConfig::commandArgs() const
{
    QStringList args{u"-p"_s, prefix.endsWith(u'/') ? prefix : prefix + u'/', u"-c"_s, confPath};
    if (!errorLog.isEmpty())
        args << u"-e"_s << errorLog;
    return args;
}

QJsonObject NginxRouterConfig::toJson() const
{
    QJsonObject json{
        {u"binary"_s, binary},
        {u"prefix"_s, prefix},
        {u"confPath"_s, confPath},
        {u"includeFile"_s, includeFile},
        {u"upstreamName"_s, upstreamName},
        {u"environmentName"_s, environmentName},
        {u"verifyUrl"_s, verifyUrl.toString()},
    };
    if (!errorLog.isEmpty())
        json.insert(u"errorLog"_s, errorLog);
    if (!pidFile.isEmpty())
        json.insert(u"pidFile"_s, pidFile);
    return json;
}

QString NginxRouterConfig::effectivePidFile() const
{
    if (!pidFile.isEmpty())
        return pidFile;
    return (prefix.endsWith(u'/') ? prefix : prefix + u'/') + u"logs/nginx.pid"_s;
}

Result<NginxRouterConfig> NginxRouterConfig::fromJson(const QJsonObject &json)
{
    NginxRouterConfig config;
    const auto text = [&json](const QString &key, QString &out, bool required) -> std::optional<Error> {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return configError(tr("The nginx router settings have no \"%1\".").arg(key));
            return std::nullopt;
        }
        if (!value.isString() || (required && value.toString().trimmed().isEmpty()))
            return configError(tr("The nginx router setting \"%1\" must be a non-empty string.").arg(key));
        out = value.toString();
        return std::nullopt;
    };
    QString verifyUrl;
    for (const auto &[key, out, required] : {
             std::tuple{u"binary"_s, &config.binary, false},
             std::tuple{u"prefix"_s, &config.prefix, true},
             std::tuple{u"confPath"_s, &config.confPath, true},
             std::tuple{u"errorLog"_s, &config.errorLog, false},
             std::tuple{u"pidFile"_s, &config.pidFile, false},
             std::tuple{u"includeFile"_s, &config.includeFile, true},
             std::tuple{u"upstreamName"_s, &config.upstreamName, true},
             std::tuple{u"environmentName"_s, &config.environmentName, true},
             std::tuple{u"verifyUrl"_s, &verifyUrl, true},
         }) {
        if (auto error = text(key, *out, required))
            return *error;
    }
    if (config.binary.trimmed().isEmpty())
        config.binary = u"nginx"_s;
    config.verifyUrl = QUrl(verifyUrl, QUrl::StrictMode);
    const QString scheme = config.verifyUrl.scheme();
    if (!config.verifyUrl.isValid() || (scheme != u"http"_s && scheme != u"https"_s) ||
        config.verifyUrl.host().isEmpty())
        return configError(
            tr("The nginx router setting \"verifyUrl\" is not an http(s) URL: %1").arg(verifyUrl));
    static const QRegularExpression identifier(u"^[A-Za-z0-9_]+$"_s);
    if (!identifier.match(config.upstreamName).hasMatch()) {
        return configError(tr("The nginx router setting \"upstreamName\" may only hold letters, digits and "
                              "underscores: %1")
                               .arg(config.upstreamName));
    }
    return config;
}

} // namespace core
