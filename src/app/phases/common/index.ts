/** Shared building blocks for collection forms; see each module's header for how to use it. */
export { CollectionSection, type CollectionSectionProps } from './CollectionSection';
export { ItemCard, type ItemCardProps } from './ItemCard';
export { TeamPicker, type TeamPickerProps } from './TeamPicker';
export { ChipListEditor, type ChipListEditorProps } from './ChipListEditor';
export { SelectField, type SelectFieldProps, type SelectOption } from './SelectField';
export { SegmentedControl, type SegmentedControlProps } from './SegmentedControl';
export { TextField, NumberField } from './Field';
export { Hint } from './Hint';
export { FormIcon, type FormIconName } from './FormIcons';
export { useOptimisticValue } from './useOptimisticList';
export { addAndFocus, moveItemStep, named, removeItemWithUndo, useFocusNewItem } from './collectionActions';
