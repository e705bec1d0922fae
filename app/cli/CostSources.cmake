# The cost and advice commands (issue 4).
list(APPEND cli_sources cli/CostCommands.cpp cli/CostOptions.cpp cli/CostOptions.h)
