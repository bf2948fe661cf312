#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace core {

// One append-only audit record. `hash` = SHA-256(previous hash + canonical entry).
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action;  // e.g. deployment.started, deployment.succeeded, router.switched
    QString subject; // e.g. deployment/12, environment/production
    QJsonObject details;
    QString prevHash;
    QString hash;

    [[nodiscard]] QByteArray canonical() const;
};

} // namespace core
