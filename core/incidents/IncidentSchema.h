#pragma once

#include <QStringList>

namespace core {

class Dialect;

// Workspace schema version 5: incidents, their entries (notes, status changes), linked deployments,
// the communications outbox with every send attempt, postmortems with preventive actions, update
// templates and notification channels (secrets stay in the keychain: only their key names here).
QStringList incidentSchema(const Dialect &dialect);

// Workspace schema version 9: a release's commit time (NULL when unknown), so DORA lead time runs from the
// commit rather than from the release's registration; and which Statuspage component stands for a service
// (or one of its environments), so incident updates set that component's status.
QStringList releaseCommitTimeSchema(const Dialect &dialect);

} // namespace core
