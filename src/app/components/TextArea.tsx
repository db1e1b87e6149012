/** A multi-line text field bound to a value held by the host; like TextInput, every change is sent as it happens, and a keystroke renders nothing (useDraftValue). */
import type { TextareaHTMLAttributes } from 'react';
import { useDraftValue } from './useDraftValue';
import { useLengthLimit } from './useLengthLimit';

type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onFocus' | 'onBlur'>;

interface TextAreaProps extends NativeProps {
  value: string;
  onCommit: (value: string) => Promise<boolean> | void;
}

export function TextArea({ value, onCommit, className = 'input input--multiline', rows = 3, ...rest }: TextAreaProps) {
  const limit = useLengthLimit(value, rest.maxLength);
  const draft = useDraftValue<HTMLTextAreaElement>(value, onCommit, limit.follow);
  return (
    <>
      <textarea
        {...rest}
        {...limit.handlers}
        aria-describedby={[rest['aria-describedby'], limit.describedBy].filter(Boolean).join(' ') || undefined}
        rows={rows}
        className={className}
        ref={draft.ref}
        defaultValue={draft.defaultValue}
        onChange={(event) => draft.onChange(event.target.value)}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      />
      {limit.hint}
    </>
  );
}
