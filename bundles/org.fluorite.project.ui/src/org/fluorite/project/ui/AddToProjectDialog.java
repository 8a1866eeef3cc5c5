package org.fluorite.project.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fluorite.project.ImageStorage;
import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;

/**
 * File &gt; Add to Project: the Animal ID and Trial ID (making the SampleID
 * {@code Animal-_-Trial}; the separator is refused in either), a value for each custom column,
 * comments, and whether the movie is copied into the project or kept where it is. When the viewer
 * shows a sample of the project, "Save changes (overwrite)" saves over it, with or without its
 * image data; its SampleID then stays.
 */
public class AddToProjectDialog extends TitleAreaDialog {

    /**
     * What the user chose.
     *
     * @param id           the sample id
     * @param values       custom column values (String, Long or Double)
     * @param comments     free text
     * @param storage      copy or reference the movie (new samples, or when the image data is replaced)
     * @param saveOver     save over the existing sample {@code id}
     * @param replaceImage with "save over": replace its image data too
     */
    public record Choice(SampleId id, Map<String, Object> values, String comments, ImageStorage storage, boolean saveOver,
            boolean replaceImage) {
    }

    /**
     * What the dialog is about.
     *
     * @param projectName   shown in the title
     * @param configuration the project's columns
     * @param existing      the sample the viewer shows (to save over), or null
     * @param canReference  true when the movie has a file that can be referenced
     * @param summary       one line saying what will be stored (ROIs, stimulus types, frames)
     */
    public record Context(String projectName, ProjectConfiguration configuration, Sample existing, boolean canReference,
            String summary) {
    }

    private final Context context;
    private Text animal;
    private Text trial;
    private Text comments;
    private final Map<String, Text> custom = new LinkedHashMap<>();
    private Button saveOver;
    private Button replaceImage;
    private Button copy;
    private Button reference;
    private Choice choice;

    public AddToProjectDialog(Shell parent, Context context) {
        super(parent);
        this.context = context;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Add to project " + context.projectName());
        setMessage(context.summary());
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(2, false));
        animal = field(c, "Animal ID:", "");
        trial = field(c, "Trial ID:", "");
        Label sep = new Label(c, SWT.WRAP);
        sep.setText("SampleID = AnimalID" + SampleId.SEPARATOR + "TrialID; it never changes once stored.");
        sep.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        for (ProjectColumn col : context.configuration().customColumns()) {
            Object initial = context.existing() != null && context.existing().customValues().containsKey(col.name())
                    ? context.existing().customValues().get(col.name()) : col.replaceValue();
            Text t = field(c, col.name() + " (" + col.type().word() + "):", initial == null ? "" : initial.toString());
            custom.put(col.name(), t);
        }
        comments = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        Label cl = new Label(c, SWT.NONE);
        cl.setText("Comments:");
        cl.moveAbove(comments);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true);
        cd.heightHint = 50;
        comments.setLayoutData(cd);
        if (context.existing() != null) {
            comments.setText(context.existing().comments());
        }
        Group movie = new Group(c, SWT.NONE);
        movie.setText("Movie");
        movie.setLayout(new GridLayout(1, false));
        movie.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        copy = new Button(movie, SWT.RADIO);
        copy.setText("Copy it into the project's images/ folder");
        copy.setSelection(true);
        reference = new Button(movie, SWT.RADIO);
        reference.setText("Keep it where it is (the project stores its path and checksum)");
        reference.setEnabled(context.canReference());
        if (context.existing() != null) {
            Group over = new Group(c, SWT.NONE);
            over.setText("Sample " + context.existing().id() + " of this project is open in this viewer");
            over.setLayout(new GridLayout(1, false));
            over.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            saveOver = new Button(over, SWT.CHECK);
            saveOver.setText("Save changes (overwrite)");
            saveOver.setSelection(true);
            replaceImage = new Button(over, SWT.CHECK);
            replaceImage.setText("Overwrite image data (uncheck when the movie itself did not change)");
            replaceImage.setSelection(false);
            saveOver.addListener(SWT.Selection, e -> saveOverChanged());
            replaceImage.addListener(SWT.Selection, e -> saveOverChanged());
        }
        for (Text t : custom.values()) {
            t.addListener(SWT.Modify, e -> validate());
        }
        animal.addListener(SWT.Modify, e -> validate());
        trial.addListener(SWT.Modify, e -> validate());
        saveOverChanged();
        return area;
    }

    private static Text field(Composite c, String label, String initial) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        t.setText(initial);
        return t;
    }

    private boolean savingOver() {
        return saveOver != null && saveOver.getSelection();
    }

    private void saveOverChanged() {
        boolean over = savingOver();
        if (over) {
            animal.setText(context.existing().id().animal());
            trial.setText(context.existing().id().trial());
        }
        animal.setEditable(!over);
        trial.setEditable(!over);
        if (replaceImage != null) {
            replaceImage.setEnabled(over);
        }
        boolean movieChoice = !over || replaceImage.getSelection();
        copy.setEnabled(movieChoice);
        reference.setEnabled(movieChoice && context.canReference());
        validate();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(context.existing() != null ? "Save" : "Add");
        validate();
    }

    private SampleForm.Result check() {
        Map<String, String> texts = new LinkedHashMap<>();
        custom.forEach((k, t) -> texts.put(k, t.getText()));
        return SampleForm.check(animal.getText(), trial.getText(), texts, context.configuration());
    }

    private void validate() {
        SampleForm.Result r = check();
        String error = r.error();
        if (error == null && !savingOver() && context.existing() != null && r.id().equals(context.existing().id())) {
            error = "Sample " + r.id() + " exists: tick 'Save changes (overwrite)' or choose another Animal ID or Trial ID";
        }
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    @Override
    protected void okPressed() {
        SampleForm.Result r = check();
        if (!r.valid()) {
            setErrorMessage(r.error());
            return;
        }
        boolean over = savingOver();
        choice = new Choice(r.id(), r.values(), comments.getText(), reference.getSelection() ? ImageStorage.REFERENCE : ImageStorage.COPY,
                over, over && replaceImage.getSelection());
        super.okPressed();
    }

    /** The choice after OK, else null. */
    public Choice choice() {
        return choice;
    }

    /** The Animal ID field, for automation. */
    public Text animalField() {
        return animal;
    }

    public Text trialField() {
        return trial;
    }

    /** The field of a custom column. */
    public Text customField(String column) {
        return custom.get(column);
    }

    /** True when OK (Add / Save) can be pressed. */
    public boolean canFinish() {
        Button ok = getButton(IDialogConstants.OK_ID);
        return ok != null && ok.isEnabled();
    }

    /** Presses OK as the user would. */
    public void finish() {
        okPressed();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
