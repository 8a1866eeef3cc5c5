package org.fluorite.flow.ui.parts;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.flow.node.NodeRegistry;
import org.fluorite.flow.ui.FlowEditor;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The flowchart editor as a workbench part (Process > Flowchart Editor, File > New/Open Flowchart). */
public class FlowchartEditorPart {

    /** The part descriptor in fragment.e4xmi. */
    public static final String DESCRIPTOR_ID = "org.fluorite.flow.ui.partdescriptor.editor";

    /**
     * Context key under which the project UI keeps the open project
     * (org.fluorite.project.ui.CurrentProject.KEY; read by name so the editor needs only the project model).
     */
    static final String PROJECT_KEY = "org.fluorite.project.ui.current";

    @Inject
    private IEclipseContext context;
    @Inject
    private MPart part;

    private FlowEditor editor;

    @PostConstruct
    public void create(Composite parent, NodeRegistry registry) {
        editor = new FlowEditor(parent, registry, this::projectDirectory);
    }

    /** The open project's directory, or null. */
    Path projectDirectory() {
        return context.get(PROJECT_KEY) instanceof org.fluorite.project.Project p ? p.directory() : null;
    }

    public FlowEditor editor() {
        return editor;
    }

    /** Shows the file name in the part's tab. */
    public void updateLabel() {
        Path f = editor.file();
        part.setLabel(f == null ? "Flowchart" : "Flowchart: " + f.getFileName());
    }

    @Focus
    public void focus() {
        editor.canvas().control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        editor.dispose();
    }
}
