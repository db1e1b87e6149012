/**
 * A whole-number field for values held by the host. Empty means "not set" (null); the host
 * only hears about values that parse, so a half-typed number never becomes a rejection.
 */
import { useEffect, useState, type InputHTMLAttributes } from 'react';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

interface NumberInputProps extends NativeProps {
  value: number | null;
  min?: number;
  max?: number;
  onCommit: (value: number | null) => Promise<boolean> | void;
}

export function NumberInput({ value, min = 0, max, onCommit, className = 'input input--number', onBlur, ...rest }: NumberInputProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      className={className}
      value={text}
      onChange={(event) => {
        const next = event.target.value.replace(/[^0-9]/g, '');
        setText(next);
        if (next === '') return void onCommit(null);
        const number = Math.min(Number(next), max ?? Number.MAX_SAFE_INTEGER);
        if (number >= min) void onCommit(number);
      }}
      onBlur={(event) => {
        setText(value === null ? '' : String(value));
        onBlur?.(event);
      }}
    />
  );
}
