#pragma once
// The size of the app's first window for the screen it opens on. A phone's screen is filled; on
// a tablet or desktop the window takes most of the screen (capped at a comfortable desktop size),
// so that a clinician or coordinator starts in the list-and-detail layout, not a 390-px column.

#include <QSize>

QSize initialWindowSize(const QSize &available);
