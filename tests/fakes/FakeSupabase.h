#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>

#include "FakeServer.h"

namespace fakes {

// Supabase Management API fake: projects (20-letter refs), service health, edge function deploys
// (multipart), function secrets. Plus the functions' public host (a plain server):
// GET /<ref>/functions/v1/<slug> runs the deployed function — for a `diag-health` function it
// answers {ok, projectRef, commitSha, version, timestamp} from the `_switchyard/release.json` file
// deployed with it.
class FakeSupabase final : public FakeServer
{
    Q_OBJECT

public:
    static constexpr auto kProjectA = "abcdefghijklmnopqrst";
    static constexpr auto kProjectB = "bcdefghijklmnopqrstu";
    static constexpr auto kToken = "sbp_test_token";

    explicit FakeSupabase(QObject *parent = nullptr);

    bool startAll();
    // The functions host: http://127.0.0.1:<port>/<ref>/functions/v1/<slug>.
    [[nodiscard]] QUrl functionUrl(const QString &ref, const QString &slug) const;
    FakeServer &functionsHost() { return *m_functions; }

    struct Function
    {
        QString slug;
        int version = 0;
        QMap<QString, QByteArray> files;
    };
    [[nodiscard]] const QHash<QString, QHash<QString, Function>> &functions() const
    {
        return m_functionsByRef;
    }
    [[nodiscard]] QHash<QString, QByteArray> secrets(const QString &ref) const
    {
        return m_secrets.value(ref);
    }
    QString projectStatus = QStringLiteral("ACTIVE_HEALTHY");
    bool diagHealthOk = true;

protected:
    FakeResponse errorResponse(int status, const QString &code, const QString &message) const override;
    QList<std::pair<QByteArray, QByteArray>> rateLimitHeaders(int seconds) const override;

private:
    [[nodiscard]] bool knownRef(const QString &ref) const;

    QHash<QString, QHash<QString, Function>> m_functionsByRef;
    QHash<QString, QHash<QString, QByteArray>> m_secrets;
    FakeServer *m_functions;
};

} // namespace fakes
