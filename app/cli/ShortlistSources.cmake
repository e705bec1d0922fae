# The shortlist commands (issue 7). The PDF export needs gpuadvisor_report (QtGui).
list(APPEND cli_sources cli/ShortlistCommands.cpp)
