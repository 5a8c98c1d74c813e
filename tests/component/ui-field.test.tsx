import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from '@/ui/field';

/**
 * Every kind of field is wired the same way: a label, a hint, and with an error the error
 * message as its description and aria-invalid (which also draws the error border,
 * src/app/base.css).
 */
const controls = [
  ['text input', () => <input type="text" />, 'textbox'],
  ['number input', () => <input type="number" />, 'spinbutton'],
  ['textarea', () => <textarea />, 'textbox'],
  [
    'dropdown',
    () => (
      <select>
        <option value="">Choose…</option>
      </select>
    ),
    'combobox',
  ],
] as const;

describe('Field', () => {
  it.each(controls)('labels a %s and describes it with its hint', (_kind, control, role) => {
    render(
      <Field label="Members" hint="A whole number.">
        {control()}
      </Field>,
    );
    const field = screen.getByRole(role, { name: 'Members' });
    expect(field).toHaveAccessibleDescription('A whole number.');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it.each(controls)('marks a %s invalid and reads out the error', (_kind, control, role) => {
    render(
      <Field label="Members" hint="A whole number." error="Fill in the number of members.">
        {control()}
      </Field>,
    );
    const field = screen.getByRole(role, { name: 'Members' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription('A whole number. Fill in the number of members.');
    expect(screen.getByText('Fill in the number of members.')).toBeVisible();
  });
});
