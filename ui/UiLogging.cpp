#include "UiLogging.h"

namespace ui {
Q_LOGGING_CATEGORY(lcUi, "switchyard.ui")
} // namespace ui
