#include "session/WindowSize.h"

#include <algorithm>

QSize initialWindowSize(const QSize &available)
{
    if (available.isEmpty())
        return {390, 844}; // no screen known (offscreen): the phone layout, as before
    // Below 600 logical pixels on the short side a screen is a phone's: use all of it.
    if (std::min(available.width(), available.height()) < 600)
        return available;
    const int width = std::min(1280, available.width() * 9 / 10);
    const int height = std::min(860, available.height() * 9 / 10);
    return {std::max(width, std::min(390, available.width())),
            std::max(height, std::min(640, available.height()))};
}
