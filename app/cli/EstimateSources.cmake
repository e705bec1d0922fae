list(APPEND cli_sources cli/EstimateCommands.cpp cli/WorkloadOptions.cpp cli/WorkloadOptions.h)
