/** Shared building blocks for collection forms; see each module's header for how to use it. */
export { CollectionSection } from './CollectionSection';
export { ItemCard } from './ItemCard';
export { TeamPicker } from './TeamPicker';
export { ChipListEditor } from './ChipListEditor';
export { SelectField } from './SelectField';
export { SegmentedControl } from './SegmentedControl';
export { TextField } from './Field';
export { Hint } from './Hint';
export { FormIcon } from './FormIcons';
export { moveItemStep, named, removeItemWithUndo, useFocusNewItem } from './collectionActions';
