#pragma once

// The application's icon from its PNG sizes in the resources, each read only when a size is
// drawn. QIcon::addFile reads every file at once, which cost the start-up ~10 ms for eight
// sizes that most platforms never ask for (Wayland takes the icon from the desktop file).

#include <QIcon>

namespace AppIcon {

// :/icons/gpu-advisor-N.png for each of the sizes 16 to 256.
QIcon make();

} // namespace AppIcon
