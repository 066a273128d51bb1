package coyotos.studio.ui.internal.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * Bridges one EMF {@link IItemPropertyDescriptor} to the Properties view: display name, category, label of
 * the value, and a cell editor chosen from the feature (choices for enums, booleans and references; text
 * parsed by the data type's factory for everything else).
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    /** Item providers wrap values so they can describe nested properties; editors want the value itself. */
    static Object unwrap(Object value) {
        return value instanceof IItemPropertySource source ? source.getEditableValue(value) : value;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), getLabelProvider());
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            if (type instanceof EEnum eEnum) {
                return new ChoiceCellEditor(parent, new ArrayList<>(eEnum.getELiterals().stream()
                        .map(literal -> literal.getInstance()).toList()), getLabelProvider());
            }
            Class<?> instanceClass = type.getInstanceClass();
            if (instanceClass == boolean.class || instanceClass == Boolean.class) {
                return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), getLabelProvider());
            }
            return new DataTypeCellEditor(parent, attribute);
        }
        return null;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider itemLabels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return itemLabels == null ? String.valueOf(value) : itemLabels.getText(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ItemPropertyDescriptorAdapter adapter
                && descriptor.getFeature(object) == adapter.descriptor.getFeature(adapter.object);
    }

    /** A combo over a fixed list of values, shown by their labels. */
    static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<?> values;

        ChoiceCellEditor(Composite parent, List<?> values, ILabelProvider labels) {
            super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
            this.values = values;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index < 0 || index >= values.size() ? null : values.get(index);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(values.indexOf(value), 0));
        }
    }

    /** Text parsed with the data type's own factory, so "0x1000" or "12" land as the feature's type. */
    static final class DataTypeCellEditor extends TextCellEditor {
        private final EDataType type;

        DataTypeCellEditor(Composite parent, EStructuralFeature feature) {
            super(parent);
            this.type = (EDataType) feature.getEType();
            setValidator(value -> {
                try {
                    EcoreUtil.createFromString(type, (String) value);
                    return null;
                } catch (RuntimeException e) {
                    return "'" + value + "' is not a valid " + type.getName();
                }
            });
        }

        @Override
        protected Object doGetValue() {
            return EcoreUtil.createFromString(type, (String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
        }
    }
}
