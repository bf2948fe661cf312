#include "HealthExpectation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::HealthExpectation)
};

} // namespace

QString HealthExpectation::problemWith(const ProbeOutcome &outcome) const
{
    if (!outcome.report.ok())
        return outcome.report.error().message;
    const HealthReport &report = outcome.report.value();
    if (report.status != HealthStatus::Healthy) {
        QStringList failing;
        for (const HealthCheck &check : report.checks) {
            if (check.status != HealthStatus::Healthy)
                failing << (check.error.isEmpty() ? check.name : check.name + u": "_s + check.error);
        }
        return Tr::tr("%1 answered HTTP %2, status %3%4")
            .arg(outcome.url.toString())
            .arg(outcome.httpStatus)
            .arg(healthStatusToString(report.status),
                 failing.isEmpty() ? QString() : u" ("_s + failing.join(u"; "_s) + u')');
    }
    if (!routerSlot.isEmpty() && outcome.routerSlot != routerSlot) {
        return Tr::tr("the router still serves slot “%1”, expected “%2”")
            .arg(outcome.routerSlot.isEmpty() ? Tr::tr("unknown") : outcome.routerSlot, routerSlot);
    }
    if (!version.isEmpty() && !HealthReport::versionMatches(report.version, version)) {
        return Tr::tr("%1 reports version “%2”, expected “%3”")
            .arg(outcome.url.toString(), report.version.isEmpty() ? Tr::tr("none") : report.version, version);
    }
    if (!commit.isEmpty() && (report.commit.isEmpty() ||
                              !(report.commit.startsWith(commit) || commit.startsWith(report.commit)))) {
        return Tr::tr("%1 reports commit “%2”, expected “%3”")
            .arg(outcome.url.toString(), report.commit.isEmpty() ? Tr::tr("none") : report.commit, commit);
    }
    return {};
}

} // namespace core
