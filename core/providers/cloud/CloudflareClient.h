#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include "core/Result.h"
#include "core/http/HttpRequest.h"
#include "core/providers/cloud/TokenIdentity.h"

namespace core {

class HttpClient;

// Cloudflare API v4 calls Switchyard makes (see tests/provider-specs/NOTES.md §1): token
// verification, Workers KV values (raw bytes, not JSON), Worker script upload with a KV binding.
// Callbacks run once on this object's thread unless `context` is destroyed first.
class CloudflareClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudflareClient)

public:
    CloudflareClient(HttpClient &http,
                     ProviderEndpoint endpoint,
                     QString accountId,
                     QObject *parent = nullptr);

    [[nodiscard]] const ProviderEndpoint &endpoint() const { return m_endpoint; }
    [[nodiscard]] QString accountId() const { return m_accountId; }

    // GET /user/tokens/verify (or /accounts/{id}/tokens/verify when `accountToken`).
    void
    verifyToken(bool accountToken, QObject *context, std::function<void(const Result<TokenIdentity> &)> done);
    // GET …/values/{key}: the raw value, or nullopt when the key does not exist.
    void readValue(const QString &namespaceId,
                   const QString &key,
                   QObject *context,
                   std::function<void(const Result<std::optional<QByteArray>> &)> done);
    // PUT …/values/{key} with the raw bytes as body (application/octet-stream). Idempotent.
    void writeValue(const QString &namespaceId,
                    const QString &key,
                    const QByteArray &value,
                    QObject *context,
                    std::function<void(const Status &)> done);
    // PUT …/workers/scripts/{name}: multipart, part `metadata` (main_module, compatibility_date,
    // bindings: the KV namespace as `kvBindingName`, each of `plainText` as a plain_text binding)
    // and the ES module `moduleName`. Returns the envelope's result.
    void uploadWorker(const QString &scriptName,
                      const QString &moduleName,
                      const QByteArray &moduleSource,
                      const QString &kvBindingName,
                      const QString &namespaceId,
                      const QHash<QString, QString> &plainText,
                      QObject *context,
                      std::function<void(const Result<QJsonObject> &)> done);

    // The requests the calls above send (for dry runs and describeSwitch).
    [[nodiscard]] HttpRequest readValueRequest(const QString &namespaceId, const QString &key) const;
    [[nodiscard]] HttpRequest
    writeValueRequest(const QString &namespaceId, const QString &key, const QByteArray &value) const;
    [[nodiscard]] HttpRequest uploadWorkerRequest(const QString &scriptName,
                                                  const QString &moduleName,
                                                  const QByteArray &moduleSource,
                                                  const QString &kvBindingName,
                                                  const QString &namespaceId,
                                                  const QHash<QString, QString> &plainText = {}) const;

    static constexpr auto kCompatibilityDate = "2024-08-01";

private:
    HttpClient &m_http;
    ProviderEndpoint m_endpoint;
    QString m_accountId;
};

} // namespace core
