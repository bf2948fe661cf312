#include "Logging.h"

namespace core {
Q_LOGGING_CATEGORY(lcStore, "switchyard.store")
Q_LOGGING_CATEGORY(lcEngine, "switchyard.engine")
Q_LOGGING_CATEGORY(lcProviders, "switchyard.providers")
Q_LOGGING_CATEGORY(lcDemo, "switchyard.demo")
Q_LOGGING_CATEGORY(lcHealth, "switchyard.health")
} // namespace core
