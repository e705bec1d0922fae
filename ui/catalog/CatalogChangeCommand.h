#pragma once

// One undoable change of the catalog (a GPU or model added, edited, deleted or reverted, or a
// set of prices). The change is made before the command is pushed; undo and redo are repository
// calls that put the rows back as they were, origin included, or make the change again.

#include <QString>
#include <QUndoCommand>

#include <functional>

class CatalogChangeCommand : public QUndoCommand
{
public:
    struct Steps
    {
        std::function<bool()> undo;
        std::function<bool()> redo;
        std::function<void()> changed; // after either
    };

    CatalogChangeCommand(const QString &text, Steps steps);

    void undo() override;
    void redo() override;

private:
    Steps m_steps;
    bool m_done = true; // made before the command was pushed
};
