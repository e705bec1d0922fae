#pragma once

// Where a catalog row came from. Bundled rows are replaced by newer bundled catalogs; user rows
// (added, imported or edited by the user) are never touched by a catalog update.
enum class RowOrigin
{
    Bundled,
    User
};
