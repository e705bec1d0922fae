#include "CatalogChangeCommand.h"

CatalogChangeCommand::CatalogChangeCommand(const QString &text, Steps steps)
    : m_steps(std::move(steps))
{
    setText(text);
}

void CatalogChangeCommand::undo()
{
    if (m_done && m_steps.undo())
        m_done = false;
    m_steps.changed();
}

void CatalogChangeCommand::redo()
{
    if (m_done)
        return; // QUndoStack::push() calls redo() on a change already made
    if (m_steps.redo())
        m_done = true;
    m_steps.changed();
}
