/** A text input bound to a value held by the host; every change is sent as it happens. */
import type { InputHTMLAttributes } from 'react';
import { useDraftValue } from './useDraftValue';
import { useLengthLimit } from './useLengthLimit';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onFocus' | 'onBlur'>;

interface TextInputProps extends NativeProps {
  value: string;
  onCommit: (value: string) => Promise<boolean> | void;
}

export function TextInput({ value, onCommit, className = 'input', ...rest }: TextInputProps) {
  const draft = useDraftValue(value, onCommit);
  const limit = useLengthLimit(draft.value, rest.maxLength);
  return (
    <>
      <input
        {...rest}
        {...limit.handlers}
        aria-describedby={[rest['aria-describedby'], limit.describedBy].filter(Boolean).join(' ') || undefined}
        className={className}
        value={draft.value}
        // Long values are cut with an ellipsis while not focused; the tooltip shows them whole.
        title={rest.title ?? (draft.value.length > 24 ? draft.value : undefined)}
        onChange={(event) => draft.onChange(event.target.value)}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      />
      {limit.hint}
    </>
  );
}
