#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/model/Deployment.h"
#include "core/model/Ids.h"

namespace core {

namespace step {
inline constexpr auto kPreflight = "preflight";
inline constexpr auto kMigrate = "migrate";
inline constexpr auto kDeployStandby = "deploy-standby";
inline constexpr auto kVerifyStandby = "verify-standby";
inline constexpr auto kApprovals = "approvals";
inline constexpr auto kSwitch = "switch";
inline constexpr auto kMonitor = "monitor";
inline constexpr auto kFinalize = "finalize";
} // namespace step

struct PlanStep
{
    QString name;        // one of the step:: names
    QString summary;     // one translated line for people
    QStringList actions; // every action it will take (method + URL, command line, file written)
};

// What will run: release + environment + target slot + the ordered steps. Its digest (SHA-256 of
// the canonical JSON) is what approvers sign; any change to the plan changes the digest.
struct Plan
{
    DeploymentKind kind = DeploymentKind::Deploy;
    QString service;
    QString environment;
    EnvironmentId environmentId = 0;
    std::optional<ReleaseId> releaseId;
    QString version; // version live after the plan ran
    QString commit;
    QString releaseDigest;
    bool contract = false; // a contract release: its migrations may break old code
    QString fromSlot;      // live now
    QString toSlot;        // live after
    QString fromVersion;
    std::optional<DeploymentId> rollbackOf;
    bool emergency = false; // an emergency rollback (policy may let it pass alone)
    QList<PlanStep> steps;
    // The migration files the migrate step applies, in order, as read from the database when
    // planning; the migrate step stops if the database then needs anything else.
    std::optional<QStringList> pendingMigrations;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Plan> fromJson(const QJsonObject &json);
    [[nodiscard]] QString digest() const;
    [[nodiscard]] int indexOf(const QString &stepName) const;
};

} // namespace core
