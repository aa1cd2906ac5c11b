import { useId } from 'react';

/**
 * One setting as a group of radio buttons in a fieldset, its legend naming the setting (native
 * radios: arrow keys move within the group, and screen readers say "1 of 3"). Generic over the
 * setting's values, which are the choice lists of choices.ts.
 */
export function ChoiceGroup<T extends string>(props: {
  legend: string;
  choices: readonly T[];
  words: Readonly<Record<T, string>>;
  value: T;
  onChange(value: T): void;
  /** A sentence under the legend. */
  hint?: string;
  testId: string;
}) {
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="choices" data-testid={props.testId} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.choices.map((choice) => (
        <label key={choice} className="choice">
          <input
            type="radio"
            name={name}
            value={choice}
            checked={props.value === choice}
            onChange={() => props.onChange(choice)}
          />
          {props.words[choice]}
        </label>
      ))}
    </fieldset>
  );
}
