import { renderSVG } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrKeptCount, qrSvg } from './qr';

describe('qrSvg', () => {
  it('draws what uqr draws, for each address and border', () => {
    expect(qrSvg('http://a.example/present?group=x', 1)).toBe(renderSVG('http://a.example/present?group=x', { border: 1 }));
    expect(qrSvg('http://a.example/present?group=x', 2)).toBe(renderSVG('http://a.example/present?group=x', { border: 2 }));
    expect(qrSvg('http://b.example/', 1)).not.toBe(qrSvg('http://a.example/present?group=x', 1));
  });

  it('keeps a bounded number of drawings however many hosts a stranger sends', () => {
    for (let i = 0; i < 1000; i++) qrSvg(`http://h${i}.example/`, 1);
    expect(qrKeptCount()).toBe(64);
    expect(qrSvg('http://h999.example/', 1)).toBe(renderSVG('http://h999.example/', { border: 1 }));
    expect(qrSvg('http://h0.example/', 1)).toBe(renderSVG('http://h0.example/', { border: 1 }));
  });
});
