#pragma once

#include <functional>

#include <QObject>

#include "core/Result.h"

namespace core {

class StepContext;

// One step of a deployment. Steps are idempotent: resuming an interrupted deployment runs the
// interrupted step again from the start.
class Step : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    using Done = std::function<void(const Status &)>;

    // Runs the step; calls `done` exactly once, on this object's thread, unless cancelled.
    virtual void run(StepContext &context, Done done) = 0;
};

} // namespace core
