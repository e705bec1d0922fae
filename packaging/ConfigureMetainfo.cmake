# Makes the AppStream metainfo from its template. Used by packaging/CMakeLists.txt with include()
# and by the packaging tests with cmake -P, with these variables:
#   METAINFO_IN          the template
#   METAINFO_OUT         the file to write
#   METAINFO_VERSION     the project's version: the newest <release> must name it
#   METAINFO_SCREENSHOT_BASE_URL
#                        web address where docs/screenshots/ is published; empty leaves the
#                        screenshots out, since AppStream accepts only web URLs for them
# It sets METAINFO_RELEASE_DATE to the newest release's date, for the manual pages.

file(READ "${METAINFO_IN}" metainfo)

# Releases are listed newest first.
string(REGEX MATCH "<release version=\"([^\"]+)\" date=\"([0-9-]+)\"" newest_release "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL METAINFO_VERSION)
    message(FATAL_ERROR "${METAINFO_IN}: the newest release is '${CMAKE_MATCH_1}', "
                        "the project's version is '${METAINFO_VERSION}': add a <release>")
endif()
set(METAINFO_RELEASE_DATE ${CMAKE_MATCH_2})

if(METAINFO_SCREENSHOT_BASE_URL)
    string(REGEX REPLACE "/+$" "" GPUADVISOR_SCREENSHOT_BASE_URL "${METAINFO_SCREENSHOT_BASE_URL}")
    string(CONFIGURE "${metainfo}" metainfo @ONLY)
else()
    string(REGEX REPLACE "[ ]*<!-- screenshots-begin -->.*<!-- screenshots-end -->\n" ""
                         metainfo "${metainfo}")
endif()
string(REGEX REPLACE "[ ]*<!-- screenshots-(begin|end) -->\n" "" metainfo "${metainfo}")

# Write only on change, so that a reconfigure does not make the install step look dirty.
set(old "")
if(EXISTS "${METAINFO_OUT}")
    file(READ "${METAINFO_OUT}" old)
endif()
if(NOT old STREQUAL metainfo)
    file(WRITE "${METAINFO_OUT}" "${metainfo}")
endif()
