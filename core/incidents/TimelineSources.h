#pragma once

#include <QStringList>

#include "core/incidents/TimelineSource.h"

namespace core {

class IncidentRepository;
class Workspace;

// Deployments linked to the incident or run in its environments inside the window: the deployment
// (or rollback, automatic or manual) as a span, each journal step, and the deployment log's info
// lines.
class DeploymentTimelineSource final : public TimelineSource
{
public:
    explicit DeploymentTimelineSource(Workspace &workspace)
        : m_workspace(workspace)
    {}
    [[nodiscard]] QString name() const override { return QStringLiteral("deployments"); }
    [[nodiscard]] Result<QList<TimelineEvent>> events(const Incident &incident,
                                                      const TimelineWindow &window) const override;

private:
    Workspace &m_workspace;
};

// Releases of the incident's services registered inside the window.
class ReleaseTimelineSource final : public TimelineSource
{
public:
    explicit ReleaseTimelineSource(Workspace &workspace)
        : m_workspace(workspace)
    {}
    [[nodiscard]] QString name() const override { return QStringLiteral("releases"); }
    [[nodiscard]] Result<QList<TimelineEvent>> events(const Incident &incident,
                                                      const TimelineWindow &window) const override;

private:
    Workspace &m_workspace;
};

// Audit entries inside the window whose action starts with one of `prefixes`, as events of `kind`
// (approvals: "approval." until the approvals store brings its own source).
class AuditTimelineSource final : public TimelineSource
{
public:
    AuditTimelineSource(Workspace &workspace, QStringList prefixes, TimelineKind kind)
        : m_workspace(workspace)
        , m_prefixes(std::move(prefixes))
        , m_kind(kind)
    {}
    [[nodiscard]] QString name() const override { return QStringLiteral("audit"); }
    [[nodiscard]] Result<QList<TimelineEvent>> events(const Incident &incident,
                                                      const TimelineWindow &window) const override;

private:
    Workspace &m_workspace;
    QStringList m_prefixes;
    TimelineKind m_kind;
};

// The incident's own record: notes, status changes, and every communication attempt with its
// outcome (and updates still waiting in the outbox).
class IncidentRecordTimelineSource final : public TimelineSource
{
public:
    explicit IncidentRecordTimelineSource(IncidentRepository &incidents)
        : m_incidents(incidents)
    {}
    [[nodiscard]] QString name() const override { return QStringLiteral("incident"); }
    [[nodiscard]] Result<QList<TimelineEvent>> events(const Incident &incident,
                                                      const TimelineWindow &window) const override;

private:
    IncidentRepository &m_incidents;
};

} // namespace core
