import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceGroup } from '@/ui/choice-group';

/** A small form around the group, as a screen uses it (react-hook-form registration). */
function MethodForm({ onSubmit }: { onSubmit: (method: string) => void }) {
  const { register, handleSubmit } = useForm<{ method: string }>({
    defaultValues: { method: 'merge' },
  });
  return (
    <form onSubmit={handleSubmit(({ method }) => onSubmit(method))}>
      <ChoiceGroup
        legend="How do answers come in?"
        layout="cards"
        registration={register('method')}
        choices={[
          { value: 'tally', label: 'Tally in the room', help: 'Count the votes per statement.' },
          { value: 'merge', label: 'Merge answers', help: 'Add the links members send you.' },
        ]}
      />
      <button type="submit">Create</button>
    </form>
  );
}

/** One statement with short answers: no help lines. */
function Statement() {
  const { register } = useForm<{ answer: string }>();
  return (
    <ChoiceGroup
      legend="Our finances are sound."
      layout="row"
      registration={register('answer')}
      choices={[
        { value: 'agree', label: 'Agree' },
        { value: 'dont-know', label: "Don't know", group: 'other' },
      ]}
    />
  );
}

describe('ChoiceGroup', () => {
  it('names each card by its label and describes it by its help line', () => {
    render(<MethodForm onSubmit={() => {}} />);
    const group = screen.getByRole('group', { name: 'How do answers come in?' });
    expect(group).toBeInTheDocument();
    const tally = screen.getByRole('radio', { name: 'Tally in the room' });
    expect(tally).toHaveAccessibleDescription('Count the votes per statement.');
    expect(screen.getByRole('radio', { name: 'Merge answers' })).toBeChecked();
  });

  it('chooses a card from a click on its help line, and the form gets the choice', async () => {
    const user = userEvent.setup();
    let chosen = '';
    render(<MethodForm onSubmit={(method) => (chosen = method)} />);
    await user.click(screen.getByText('Count the votes per statement.'));
    expect(screen.getByRole('radio', { name: 'Tally in the room' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Merge answers' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await vi.waitFor(() => expect(chosen).toBe('tally'));
  });

  it('names a statement answer by its whole label when there is no help line', () => {
    render(<Statement />);
    const agree = screen.getByRole('radio', { name: 'Agree' });
    expect(agree).not.toHaveAttribute('aria-describedby');
    expect(screen.getByRole('radio', { name: "Don't know" })).toBeInTheDocument();
  });
});
