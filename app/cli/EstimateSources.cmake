list(APPEND cli_sources cli/EstimateCommands.cpp)
