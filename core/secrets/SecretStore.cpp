#include "SecretStore.h"

#include <memory>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace core {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "switchyard.secrets")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::SecretStore)
};

// The keychain did not answer, or answered with a transport-level failure: worth one retry.
bool isUnavailable(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::OtherError || e == QKeychain::NotImplemented;
}

QString errorName(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return u"NoError"_s;
    case QKeychain::EntryNotFound:
        return u"EntryNotFound"_s;
    case QKeychain::CouldNotDeleteEntry:
        return u"CouldNotDeleteEntry"_s;
    case QKeychain::AccessDeniedByUser:
        return u"AccessDeniedByUser"_s;
    case QKeychain::AccessDenied:
        return u"AccessDenied"_s;
    case QKeychain::NoBackendAvailable:
        return u"NoBackendAvailable"_s;
    case QKeychain::NotImplemented:
        return u"NotImplemented"_s;
    case QKeychain::OtherError:
        break;
    }
    return u"OtherError"_s;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

SecretStore::~SecretStore() = default;

QString SecretStore::qualifiedKey(const QString &key) const
{
    return m_service + u'/' + key;
}

void SecretStore::write(const QString &key, const QByteArray &secret, QObject *context, StatusCallback done)
{
    QPointer<QObject> guard(context);
    run(Operation::Write, key, secret, 0, [guard, done = std::move(done)](Result<QByteArray> r) {
        if (!guard)
            return;
        done(r ? Status() : Status(r.error()));
    });
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    QPointer<QObject> guard(context);
    run(Operation::Read, key, {}, 0, [guard, done = std::move(done)](Result<QByteArray> r) {
        if (guard)
            done(std::move(r));
    });
}

void SecretStore::remove(const QString &key, QObject *context, StatusCallback done)
{
    QPointer<QObject> guard(context);
    run(Operation::Remove, key, {}, 0, [guard, done = std::move(done)](Result<QByteArray> r) {
        if (!guard)
            return;
        done(r ? Status() : Status(r.error()));
    });
}

void SecretStore::run(
    Operation operation, const QString &key, const QByteArray &secret, int attempt, JobCallback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: a running job deletes itself when it finishes, even if this store is gone by then.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(qualifiedKey(key));

    // Exactly one outcome per attempt: the job's answer or the timeout, whichever comes first.
    auto settled = std::make_shared<bool>(false);
    const QString fullKey = qualifiedKey(key);

    auto retryOrFail = [this, operation, key, secret, attempt, done, fullKey](const QString &detail) {
        if (attempt == 0) {
            qCInfo(lcSecrets) << "keychain unavailable for" << fullKey << "- retrying once:" << detail;
            QTimer::singleShot(kRetryDelayMs, this, [this, operation, key, secret, done] {
                run(operation, key, secret, 1, done);
            });
            return;
        }
        qCWarning(lcSecrets) << "keychain unavailable for" << fullKey << ":" << detail;
        done(Error{
            u"secrets.unavailable"_s,
            Tr::tr("The system keyring did not answer (tried twice) while accessing \"%1\". Make sure a "
                   "Secret Service such as GNOME Keyring is running and unlocked.")
                .arg(fullKey),
            detail});
    };

    // A QTimer object rather than singleShot, so that it (and the copy of the secret its lambda
    // holds) goes away as soon as the job answers.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [settled, retryOrFail, timer] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        retryOrFail(u"no answer within %1 ms"_s.arg(kJobTimeoutMs));
    });
    timer->start(kJobTimeoutMs);

    connect(job, &QKeychain::Job::finished, this,
            [settled, operation, fullKey, done, retryOrFail,
             timer = QPointer<QTimer>(timer)](QKeychain::Job *finished) {
                if (timer)
                    timer->deleteLater();
                if (*settled)
                    return;
                *settled = true;
                const QKeychain::Error error = finished->error();
                // QtKeychain's own text; it names keys, never values.
                const QString detail = u"%1: %2"_s.arg(errorName(error), finished->errorString());
                if (error == QKeychain::NoError) {
                    if (operation == Operation::Read)
                        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData());
                    else
                        done(QByteArray());
                    return;
                }
                if (error == QKeychain::EntryNotFound) {
                    if (operation == Operation::Remove) {
                        done(QByteArray());
                        return;
                    }
                    done(Error{u"secrets.not_found"_s,
                               Tr::tr("The system keyring holds no secret \"%1\".").arg(fullKey), detail});
                    return;
                }
                if (isUnavailable(error)) {
                    retryOrFail(detail);
                    return;
                }
                if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
                    qCWarning(lcSecrets) << "keychain refused access to" << fullKey << ":" << detail;
                    done(Error{u"secrets.denied"_s,
                               Tr::tr("The system keyring refused access to the secret \"%1\".").arg(fullKey),
                               detail});
                    return;
                }
                qCWarning(lcSecrets) << "keychain failed on" << fullKey << ":" << detail;
                done(Error{u"secrets.failed"_s,
                           operation == Operation::Remove
                               ? Tr::tr("The system keyring could not delete the secret \"%1\".").arg(fullKey)
                           : operation == Operation::Write
                               ? Tr::tr("The system keyring could not store the secret \"%1\".").arg(fullKey)
                               : Tr::tr("The system keyring could not read the secret \"%1\".").arg(fullKey),
                           detail});
            });
    job->start();
}

} // namespace core
