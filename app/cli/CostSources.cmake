# The cost and advice commands (issue 4).
list(APPEND cli_sources
    cli/CostCommands.cpp
    cli/CostJson.cpp cli/CostJson.h
    cli/CostOptions.cpp cli/CostOptions.h
    cli/CostReport.h)
