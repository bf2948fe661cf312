#include "FakeSupabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fakes {

FakeSupabase::FakeSupabase(QObject *parent)
    : FakeServer(providerSpec(u"supabase.subset.json"_s), {}, parent)
    , m_functions(new FakeServer({}, {}, this))
{
    on(u"v1-get-project"_s, [this](const ReceivedRequest &, const QHash<QString, QString> &params) {
        const QString ref = params.value(u"ref"_s);
        if (!knownRef(ref))
            return errorResponse(404, u"not_found"_s, u"Project not found"_s);
        return FakeResponse::json(
            200, QJsonObject{{u"ref"_s, ref},
                             {u"id"_s, ref},
                             {u"name"_s, ref == QLatin1String(kProjectA) ? u"prod-a"_s : u"prod-b"_s},
                             {u"region"_s, u"eu-central-1"_s},
                             {u"organization_id"_s, u"org"_s},
                             {u"created_at"_s, u"2026-01-01T00:00:00Z"_s},
                             {u"status"_s, projectStatus}});
    });
    on(u"v1-get-services-health"_s, [this](const ReceivedRequest &r, const QHash<QString, QString> &params) {
        if (!knownRef(params.value(u"ref"_s)))
            return errorResponse(404, u"not_found"_s, u"Project not found"_s);
        QJsonArray list;
        for (const QString &service : r.query.allQueryItemValues(u"services"_s))
            list.append(QJsonObject{
                {u"name"_s, service},
                {u"healthy"_s, projectStatus == u"ACTIVE_HEALTHY"},
                {u"status"_s, projectStatus == u"ACTIVE_HEALTHY" ? u"ACTIVE_HEALTHY"_s : u"UNHEALTHY"_s}});
        return FakeResponse::json(200, list);
    });
    on(u"v1-deploy-a-function"_s, [this](const ReceivedRequest &r, const QHash<QString, QString> &params) {
        const QString ref = params.value(u"ref"_s);
        if (!knownRef(ref))
            return errorResponse(404, u"not_found"_s, u"Project not found"_s);
        QString error;
        const auto parts = parseMultipart(r.headers.value("content-type"), r.body, &error);
        const QString slug = r.query.queryItemValue(u"slug"_s);
        Function &function = m_functionsByRef[ref][slug];
        function.slug = slug;
        function.files.clear();
        QJsonObject metadata;
        for (const MultipartPart &part : parts) {
            if (part.name == "metadata")
                metadata = QJsonDocument::fromJson(part.data).object();
            else if (part.name == "file")
                function.files.insert(QString::fromUtf8(part.fileName), part.data);
        }
        if (!function.files.contains(metadata.value(u"entrypoint_path"_s).toString()))
            return errorResponse(400, u"bad_request"_s, u"entrypoint_path names no uploaded file"_s);
        ++function.version;
        const double now = double(QDateTime::currentMSecsSinceEpoch());
        return FakeResponse::json(201,
                                  QJsonObject{{u"id"_s, u"fn-%1-%2"_s.arg(ref.left(4), slug)},
                                              {u"slug"_s, slug},
                                              {u"name"_s, slug},
                                              {u"status"_s, u"ACTIVE"_s},
                                              {u"version"_s, function.version},
                                              {u"created_at"_s, now},
                                              {u"updated_at"_s, now},
                                              {u"verify_jwt"_s, metadata.value(u"verify_jwt"_s).toBool(true)},
                                              {u"entrypoint_path"_s, metadata.value(u"entrypoint_path"_s)}});
    });
    on(u"v1-bulk-create-secrets"_s, [this](const ReceivedRequest &r, const QHash<QString, QString> &params) {
        const QString ref = params.value(u"ref"_s);
        if (!knownRef(ref))
            return errorResponse(404, u"not_found"_s, u"Project not found"_s);
        for (const QJsonValue &item : QJsonDocument::fromJson(r.body).array())
            m_secrets[ref].insert(item.toObject().value(u"name"_s).toString(),
                                  item.toObject().value(u"value"_s).toString().toUtf8());
        return FakeResponse::raw(201, {}, {});
    });
    on(u"v1-list-all-secrets"_s, [this](const ReceivedRequest &, const QHash<QString, QString> &params) {
        QJsonArray list;
        const auto secrets = m_secrets.value(params.value(u"ref"_s));
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            list.append(QJsonObject{
                {u"name"_s, it.key()},
                {u"value"_s, QString::fromLatin1(
                                 QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex())}});
        return FakeResponse::json(200, list);
    });
    m_functions->on(u"GET /"_s, [this](const ReceivedRequest &r, const QHash<QString, QString> &) {
        // /<ref>/functions/v1/<slug>
        const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() != 4 || parts.at(1) != u"functions")
            return FakeResponse::json(404, QJsonObject{{u"message"_s, u"no such function"_s}});
        const QString ref = parts.at(0);
        const auto function = m_functionsByRef.value(ref).value(parts.at(3));
        if (function.version == 0)
            return FakeResponse::json(404, QJsonObject{{u"message"_s, u"Function not found"_s}});
        const QJsonObject release =
            QJsonDocument::fromJson(function.files.value(u"_switchyard/release.json"_s)).object();
        return FakeResponse::json(
            diagHealthOk ? 200 : 503,
            QJsonObject{{u"ok"_s, diagHealthOk},
                        {u"projectRef"_s, ref},
                        {u"commitSha"_s, release.value(u"commit"_s)},
                        {u"version"_s, release.value(u"version"_s)},
                        {u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    });
}

bool FakeSupabase::startAll()
{
    return start() && m_functions->start();
}

QUrl FakeSupabase::functionUrl(const QString &ref, const QString &slug) const
{
    return QUrl(u"http://127.0.0.1:%1/%2/functions/v1/%3"_s.arg(m_functions->port()).arg(ref, slug));
}

bool FakeSupabase::knownRef(const QString &ref) const
{
    return ref == QLatin1String(kProjectA) || ref == QLatin1String(kProjectB);
}

FakeResponse FakeSupabase::errorResponse(int status, const QString &, const QString &message) const
{
    return FakeResponse::json(status, QJsonObject{{u"message"_s, message}});
}

QList<std::pair<QByteArray, QByteArray>> FakeSupabase::rateLimitHeaders(int seconds) const
{
    return {{"X-RateLimit-Limit", "120"},
            {"X-RateLimit-Remaining", "0"},
            {"X-RateLimit-Reset", QByteArray::number(seconds)}};
}

} // namespace fakes
