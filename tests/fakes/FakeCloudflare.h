#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>

#include "FakeServer.h"

namespace fakes {

// Cloudflare API v4 fake: token verification, Workers KV (per namespace), Worker script upload.
// Also the "edge": a second, plain server standing for the Worker's public URL. It answers with the
// health of the slot that ACTIVE_ENV named `propagationMs` ago (KV is eventually consistent), and
// the header X-Switchyard-Slot.
class FakeCloudflare final : public FakeServer
{
    Q_OBJECT

public:
    static constexpr auto kAccount = "023e105f4ecef8ad9ca31a8372d0c353";
    static constexpr auto kNamespace = "0f2ac74b498b48028cb68387c421e279";
    static constexpr auto kToken = "cf-test-token";

    explicit FakeCloudflare(QObject *parent = nullptr);

    bool startAll();
    [[nodiscard]] QUrl edgeUrl() const; // http://127.0.0.1:<edge>/api/health

    [[nodiscard]] QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value); // as if written long ago
    // What users see takes this long to follow a write.
    int propagationMs = 0;
    // slot name → the health JSON users get from that slot through the Worker.
    QHash<QString, std::function<FakeResponse()>> slotHealth;
    // The uploaded Worker: metadata JSON and module source by part name.
    QJsonObject workerMetadata;
    QHash<QString, QByteArray> workerModules;
    QByteArray tokenStatus = "active";

    FakeServer &edge() { return *m_edge; }

protected:
    FakeResponse errorResponse(int status, const QString &code, const QString &message) const override;
    QList<std::pair<QByteArray, QByteArray>> rateLimitHeaders(int seconds) const override;

private:
    struct Write
    {
        QByteArray value;
        qint64 atMs;
    };
    FakeResponse envelope(const QJsonValue &result) const;
    std::optional<FakeResponse> checkScope(const QHash<QString, QString> &params, bool withNamespace) const;
    QByteArray edgeValue(const QString &key) const;

    QHash<QString, QList<Write>> m_kv;
    QElapsedTimer m_clock;
    FakeServer *m_edge;
};

} // namespace fakes
