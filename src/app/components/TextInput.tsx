/** A text input bound to a value held by the host; every change is sent as it happens, and a keystroke renders nothing (useDraftValue). */
import type { InputHTMLAttributes } from 'react';
import { useDraftValue } from './useDraftValue';
import { useLengthLimit } from './useLengthLimit';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onFocus' | 'onBlur'>;

interface TextInputProps extends NativeProps {
  value: string;
  onCommit: (value: string) => Promise<boolean> | void;
}

export function TextInput({ value, onCommit, className = 'input', ...rest }: TextInputProps) {
  const limit = useLengthLimit(value, rest.maxLength);
  const draft = useDraftValue<HTMLInputElement>(value, onCommit, limit.follow);
  return (
    <>
      <input
        {...rest}
        {...limit.handlers}
        aria-describedby={[rest['aria-describedby'], limit.describedBy].filter(Boolean).join(' ') || undefined}
        className={className}
        ref={draft.ref}
        defaultValue={draft.defaultValue}
        // Long values are cut with an ellipsis while not focused; the tooltip shows them whole (the
        // host's value: the same as the field's once a key's echo is in, and no render per key).
        title={rest.title ?? (value.length > 24 ? value : undefined)}
        onChange={(event) => draft.onChange(event.target.value)}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      />
      {limit.hint}
    </>
  );
}
