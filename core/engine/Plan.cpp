#include "Plan.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/crypto/Digest.h"

using namespace Qt::StringLiterals;

namespace core {

QJsonObject Plan::toJson() const
{
    QJsonArray stepArray;
    for (const PlanStep &s : steps) {
        stepArray.append(QJsonObject{{u"name"_s, s.name},
                                     {u"summary"_s, s.summary},
                                     {u"actions"_s, QJsonArray::fromStringList(s.actions)}});
    }
    QJsonObject json{
        {u"kind"_s, deploymentKindToString(kind)},
        {u"service"_s, service},
        {u"environment"_s, environment},
        {u"environment_id"_s, environmentId},
        {u"version"_s, version},
        {u"commit"_s, commit},
        {u"release_digest"_s, releaseDigest},
        {u"contract"_s, contract},
        {u"from_slot"_s, fromSlot},
        {u"to_slot"_s, toSlot},
        {u"from_version"_s, fromVersion},
        {u"steps"_s, stepArray},
    };
    if (releaseId)
        json.insert(u"release_id"_s, *releaseId);
    if (rollbackOf)
        json.insert(u"rollback_of"_s, *rollbackOf);
    // Only when set, so the digests of plans without them stay as they were.
    if (emergency)
        json.insert(u"emergency"_s, true);
    if (pendingMigrations)
        json.insert(u"pending_migrations"_s, QJsonArray::fromStringList(*pendingMigrations));
    return json;
}

Result<Plan> Plan::fromJson(const QJsonObject &json)
{
    Plan p;
    p.kind = deploymentKindFromString(json.value(u"kind"_s).toString());
    p.service = json.value(u"service"_s).toString();
    p.environment = json.value(u"environment"_s).toString();
    p.environmentId = json.value(u"environment_id"_s).toInteger();
    p.version = json.value(u"version"_s).toString();
    p.commit = json.value(u"commit"_s).toString();
    p.releaseDigest = json.value(u"release_digest"_s).toString();
    p.contract = json.value(u"contract"_s).toBool();
    p.fromSlot = json.value(u"from_slot"_s).toString();
    p.toSlot = json.value(u"to_slot"_s).toString();
    p.fromVersion = json.value(u"from_version"_s).toString();
    if (json.contains(u"release_id"_s))
        p.releaseId = json.value(u"release_id"_s).toInteger();
    if (json.contains(u"rollback_of"_s))
        p.rollbackOf = json.value(u"rollback_of"_s).toInteger();
    p.emergency = json.value(u"emergency"_s).toBool(false);
    if (json.contains(u"pending_migrations"_s)) {
        QStringList files;
        for (const QJsonValue &f : json.value(u"pending_migrations"_s).toArray())
            files << f.toString();
        p.pendingMigrations = files;
    }
    for (const QJsonValue &v : json.value(u"steps"_s).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList actions;
        for (const QJsonValue &a : o.value(u"actions"_s).toArray())
            actions << a.toString();
        p.steps << PlanStep{o.value(u"name"_s).toString(), o.value(u"summary"_s).toString(), actions};
    }
    if (p.environmentId == 0 || p.toSlot.isEmpty() || p.steps.isEmpty()) {
        return Error{
            u"plan.invalid"_s,
            QCoreApplication::translate("core::Plan", "The stored plan is incomplete and cannot be resumed."),
            {}};
    }
    return p;
}

QString Plan::digest() const
{
    return sha256Hex(toJson());
}

int Plan::indexOf(const QString &stepName) const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).name == stepName)
            return i;
    }
    return -1;
}

} // namespace core
