#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/Result.h"

namespace core {

// Secrets in the OS keychain (QtKeychain: the Secret Service on Linux, e.g. gnome-keyring). Every
// entry is stored under the keychain service `service` with the key "<service>/<key>", so several
// workspaces (or a test) never see each other's entries.
//
// All calls are asynchronous: the callback runs later on this object's thread, and only if
// `context` still exists then (if this store is destroyed first, it does not run at all). Nothing
// blocks. Insecure fallbacks (plain-text files) are off.
//
// If the keychain does not answer (no Secret Service on the bus, a D-Bus error, or no reply within
// kJobTimeoutMs) the call is retried once after kRetryDelayMs; a second failure reports
// "secrets.unavailable". Other errors: "secrets.not_found" (read of a key that does not exist),
// "secrets.denied", "secrets.failed". A secret value never appears in an error, a log line or
// anything else this class produces; the detail carries QtKeychain's own error text.
// remove() of a key that does not exist succeeds.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    static constexpr int kRetryDelayMs = 500;
    static constexpr int kJobTimeoutMs = 15000;

    using StatusCallback = std::function<void(Status)>;
    using ReadCallback = std::function<void(Result<QByteArray>)>;

    explicit SecretStore(QString service, QObject *parent = nullptr);
    ~SecretStore() override;

    [[nodiscard]] QString service() const { return m_service; }
    // The key as stored in the keychain: "<service>/<key>".
    [[nodiscard]] QString qualifiedKey(const QString &key) const;

    // Creates or overwrites the entry.
    void write(const QString &key, const QByteArray &secret, QObject *context, StatusCallback done);
    void read(const QString &key, QObject *context, ReadCallback done);
    void remove(const QString &key, QObject *context, StatusCallback done);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    // What one keychain job reported: an error, or the data read.
    using JobCallback = std::function<void(Result<QByteArray>)>;

    // Runs one job; on "keychain unavailable" retries once (attempt 1), then reports.
    void
    run(Operation operation, const QString &key, const QByteArray &secret, int attempt, JobCallback done);

    QString m_service;
};

} // namespace core
