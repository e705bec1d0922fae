#include "Logging.h"

Q_LOGGING_CATEGORY(lcDatabase, "gpuadvisor.database", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalog, "gpuadvisor.catalog", QtWarningMsg)
