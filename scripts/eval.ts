/**
 * `npm run eval -- <file.jsonl> [...]`: accuracy per intent, procedure and aspect, confusions and misses.
 * Without arguments: our own tune and held-out sets (test/data) and the shared dev sets when present.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshot, KnowledgeBase } from '../src/knowledge/kb';
import { loadSourceFromFiles } from '../src/knowledge/source';
import { aspectOk, fullOk, intentProcOk, pct, readJsonl, runEngine, type Scored } from './eval-lib';

const root = join(__dirname, '..');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const quiet = process.argv.includes('--summary');
const showHeldOut = process.argv.includes('--show-holdout');
const files = args.length ? args : [
  'test/data/tune.jsonl', 'test/data/tune-aspects.jsonl', 'test/data/tune-3.jsonl', 'test/data/dialogs-tune.jsonl', 'test/data/dialogs-tune-3.jsonl', 'test/data/tune-4.jsonl', 'test/data/dialogs-tune-4.jsonl', 'test/data/tune-5.jsonl', 'test/data/dialogs-tune-5.jsonl', 'test/data/dialogs-tune-6.jsonl', 'test/data/dialogs-tune-7.jsonl', 'test/data/dialogs-tune-8.jsonl', 'test/data/tune-6.jsonl', 'test/data/tune-7.jsonl', 'test/data/tune-8.jsonl', 'test/data/tune-9.jsonl', 'test/data/tune-10.jsonl', 'test/data/tune-11.jsonl', 'test/data/tune-12.jsonl', 'test/data/tune-13.jsonl', 'test/data/tune-14.jsonl', 'test/data/tune-15.jsonl', 'test/data/tune-16.jsonl', 'test/data/tune-17.jsonl', 'test/data/dialogs-tune-9.jsonl', 'test/data/dialogs-tune-10.jsonl', 'test/data/dialogs-tune-11.jsonl', 'test/data/dialogs-tune-12.jsonl', 'test/data/dialogs-tune-13.jsonl', 'test/data/dialogs-tune-14.jsonl', 'test/data/dialogs-tune-15.jsonl', 'test/data/dialogs-tune-16.jsonl', 'test/data/dialogs-tune-17.jsonl', 'test/data/dialogs-tune-18.jsonl', 'test/data/dialogs-tune-19.jsonl', 'test/data/dialogs-tune-20.jsonl', 'test/data/dialogs-tune-21.jsonl', 'test/data/dialogs-tune-22.jsonl', 'test/data/dialogs-tune-23.jsonl', 'test/data/dialogs-tune-24.jsonl', 'test/data/dialogs-tune-25.jsonl', 'test/data/dialogs-tune-26.jsonl', 'test/data/dialogs-tune-27.jsonl', 'test/data/dialogs-tune-28.jsonl', 'test/data/dialogs-tune-29.jsonl', 'test/data/dialogs-tune-30.jsonl', 'test/data/dialogs-tune-31.jsonl', 'test/data/dialogs-tune-32.jsonl', 'test/data/dialogs-tune-33.jsonl', 'test/data/dialogs-tune-34.jsonl', 'test/data/dialogs-tune-35.jsonl', 'test/data/dialogs-tune-36.jsonl', 'test/data/dialogs-tune-37.jsonl', 'test/data/dialogs-tune-38.jsonl', 'test/data/dialogs-tune-39.jsonl', 'test/data/dialogs-tune-40.jsonl', 'test/data/dialogs-tune-41.jsonl', 'test/data/dialogs-tune-42.jsonl', 'test/data/dialogs-tune-43.jsonl', 'test/data/dialogs-tune-44.jsonl', 'test/data/dialogs-tune-45.jsonl', 'test/data/dialogs-tune-46.jsonl', 'test/data/dialogs-tune-47.jsonl', 'test/data/dialogs-tune-48.jsonl', 'test/data/dialogs-tune-49.jsonl', 'test/data/dialogs-tune-50.jsonl', 'test/data/dialogs-tune-51.jsonl', 'test/data/dialogs-tune-52.jsonl', 'test/data/dialogs-tune-53.jsonl', 'test/data/tune-18.jsonl', 'test/data/dialogs-tune-59.jsonl', 'test/data/dialogs-tune-54.jsonl', 'test/data/dialogs-tune-55.jsonl', 'test/data/dialogs-tune-56.jsonl', 'test/data/dialogs-tune-57.jsonl', 'test/data/dialogs-tune-58.jsonl', 'test/data/tune-19.jsonl', 'test/data/dialogs-tune-60.jsonl', 'test/data/dialogs-tune-61.jsonl', 'test/data/dialogs-tune-62.jsonl', 'test/data/dialogs-tune-63.jsonl', 'test/data/dialogs-tune-64.jsonl', 'test/data/dialogs-tune-65.jsonl', 'test/data/dialogs-tune-66.jsonl', 'test/data/dialogs-tune-67.jsonl', 'test/data/dialogs-tune-68.jsonl', 'test/data/dialogs-tune-69.jsonl', 'test/data/tune-20.jsonl', 'test/data/dialogs-tune-70.jsonl', 'test/data/dialogs-tune-71.jsonl', 'test/data/dialogs-tune-72.jsonl', 'test/data/dialogs-tune-73.jsonl', 'test/data/dialogs-tune-74.jsonl', 'test/data/tune-21.jsonl', 'test/data/dialogs-tune-75.jsonl', 'test/data/dialogs-tune-76.jsonl', 'test/data/dialogs-tune-77.jsonl', 'test/data/dialogs-tune-78.jsonl', 'test/data/dialogs-tune-79.jsonl', 'test/data/dialogs-tune-80.jsonl', 'test/data/dialogs-tune-81.jsonl', 'test/data/dialogs-tune-82.jsonl', 'test/data/dialogs-tune-83.jsonl', 'test/data/dialogs-tune-84.jsonl', 'test/data/dialogs-tune-85.jsonl', 'test/data/dialogs-tune-86.jsonl', 'test/data/dialogs-tune-87.jsonl', 'test/data/dialogs-tune-88.jsonl', 'test/data/dialogs-tune-89.jsonl', 'test/data/dialogs-tune-90.jsonl', 'test/data/dialogs-tune-91.jsonl', 'test/data/dialogs-tune-92.jsonl', 'test/data/dialogs-tune-93.jsonl', 'test/data/dialogs-tune-94.jsonl', 'test/data/tune-22.jsonl', 'test/data/dialogs-tune-95.jsonl', 'test/data/dialogs-tune-96.jsonl', 'test/data/dialogs-tune-97.jsonl', 'test/data/dialogs-tune-98.jsonl', 'test/data/dialogs-tune-99.jsonl', 'test/data/dialogs-tune-100.jsonl', 'test/data/dialogs-tune-101.jsonl', 'test/data/dialogs-tune-102.jsonl', 'test/data/tune-23.jsonl', 'test/data/dialogs-tune-103.jsonl', 'test/data/dialogs-tune-104.jsonl', 'test/data/dialogs-tune-105.jsonl', 'test/data/dialogs-tune-106.jsonl', 'test/data/dialogs-tune-107.jsonl', 'test/data/tune-24.jsonl', 'test/data/dialogs-tune-108.jsonl', 'test/data/dialogs-tune-109.jsonl', 'test/data/dialogs-tune-110.jsonl', 'test/data/dialogs-tune-111.jsonl', 'test/data/dialogs-tune-112.jsonl', 'test/data/dialogs-tune-113.jsonl', 'test/data/tune-25.jsonl', 'test/data/dialogs-tune-114.jsonl', 'test/data/dialogs-tune-115.jsonl', 'test/data/dialogs-tune-116.jsonl', 'test/data/dialogs-tune-117.jsonl', 'test/data/dialogs-tune-118.jsonl', 'test/data/dialogs-tune-119.jsonl', 'test/data/dialogs-tune-120.jsonl', 'test/data/dialogs-tune-121.jsonl', 'test/data/dialogs-tune-122.jsonl', 'test/data/dialogs-tune-123.jsonl', 'test/data/dialogs-tune-124.jsonl', 'test/data/dialogs-tune-125.jsonl', 'test/data/dialogs-tune-126.jsonl', 'test/data/dialogs-tune-127.jsonl', 'test/data/dialogs-tune-128.jsonl', 'test/data/tune-26.jsonl', 'test/data/dialogs-tune-129.jsonl', 'test/data/dialogs-tune-130.jsonl', 'test/data/dialogs-tune-131.jsonl', 'test/data/dialogs-tune-132.jsonl', 'test/data/tune-27.jsonl', 'test/data/dialogs-tune-133.jsonl', 'test/data/dialogs-tune-134.jsonl', 'test/data/dialogs-tune-135.jsonl', 'test/data/dialogs-tune-136.jsonl', 'test/data/tune-28.jsonl', 'test/data/dialogs-tune-139.jsonl', 'test/data/dialogs-tune-140.jsonl', 'test/data/dialogs-tune-138.jsonl', 'test/data/dialogs-tune-137.jsonl', 'test/data/tune-29.jsonl', 'test/data/tune-30.jsonl', 'test/data/dialogs-tune-142.jsonl', 'test/data/dialogs-tune-143.jsonl', 'test/data/dialogs-tune-141.jsonl', 'test/data/dialogs-tune-144.jsonl', 'test/data/dialogs-tune-145.jsonl', 'test/data/dialogs-tune-146.jsonl', 'test/data/dialogs-tune-147.jsonl', 'test/data/tune-31.jsonl', 'test/data/dialogs-tune-149.jsonl', 'test/data/dialogs-tune-148.jsonl', 'test/data/dialogs-tune-150.jsonl', 'test/data/tune-32.jsonl', 'test/data/dialogs-tune-151.jsonl', 'test/data/dialogs-tune-152.jsonl', 'test/data/tune-33.jsonl', 'test/data/dialogs-tune-154.jsonl', 'test/data/dialogs-tune-155.jsonl', 'test/data/dialogs-tune-153.jsonl', 'test/data/dialogs-tune-157.jsonl', 'test/data/dialogs-tune-156.jsonl', 'test/data/dialogs-tune-159.jsonl', 'test/data/dialogs-tune-158.jsonl', 'test/data/tune-34.jsonl', 'test/data/dialogs-tune-160.jsonl', 'test/data/dialogs-tune-161.jsonl', 'test/data/dialogs-tune-162.jsonl', 'test/data/dialogs-tune-163.jsonl', 'test/data/dialogs-tune-164.jsonl', 'test/data/dialogs-tune-165.jsonl', 'test/data/tune-35.jsonl', 'test/data/dialogs-tune-167.jsonl', 'test/data/dialogs-tune-166.jsonl', 'test/data/dialogs-tune-168.jsonl', 'test/data/dialogs-tune-172.jsonl', 'test/data/dialogs-tune-169.jsonl', 'test/data/dialogs-tune-170.jsonl', 'test/data/dialogs-tune-171.jsonl', 'test/data/dialogs-tune-173.jsonl', 'test/data/dialogs-tune-176.jsonl', 'test/data/dialogs-tune-175.jsonl', 'test/data/dialogs-tune-174.jsonl', 'test/data/dialogs-tune-178.jsonl', 'test/data/dialogs-tune-179.jsonl', 'test/data/dialogs-tune-177.jsonl', 'test/data/dialogs-tune-180.jsonl', 'test/data/tune-36.jsonl', 'test/data/tune-37.jsonl', 'test/data/tune-38.jsonl', 'test/data/tune-39.jsonl', 'test/data/tune-40.jsonl', 'test/data/tune-41.jsonl', 'test/data/tune-42.jsonl', 'test/data/dialogs-tune-181.jsonl', 'test/data/dialogs-tune-183.jsonl', 'test/data/dialogs-tune-184.jsonl', 'test/data/dialogs-tune-182.jsonl', 'test/data/dialogs-tune-186.jsonl', 'test/data/dialogs-tune-187.jsonl', 'test/data/dialogs-tune-188.jsonl', 'test/data/dialogs-tune-185.jsonl', 'test/data/dialogs-tune-191.jsonl', 'test/data/dialogs-tune-189.jsonl', 'test/data/dialogs-tune-190.jsonl', 'test/data/dialogs-tune-192.jsonl', 'test/data/dialogs-tune-193.jsonl', 'test/data/dialogs-tune-195.jsonl', 'test/data/dialogs-tune-194.jsonl', 'test/data/dialogs-tune-199.jsonl', 'test/data/dialogs-tune-196.jsonl', 'test/data/dialogs-tune-197.jsonl', 'test/data/dialogs-tune-198.jsonl', 'test/data/dialogs-tune-201.jsonl', 'test/data/dialogs-tune-200.jsonl', 'test/data/dialogs-tune-202.jsonl', 'test/data/dialogs-tune-203.jsonl', 'test/data/dialogs-tune-204.jsonl', 'test/data/dialogs-tune-205.jsonl', 'test/data/dialogs-tune-206.jsonl', 'test/data/dialogs-tune-207.jsonl', 'test/data/dialogs-tune-208.jsonl', 'test/data/dialogs-tune-209.jsonl', 'test/data/dialogs-tune-210.jsonl', 'test/data/dialogs-tune-211.jsonl', 'test/data/dialogs-tune-212.jsonl', 'test/data/dialogs-tune-213.jsonl', 'test/data/dialogs-tune-214.jsonl', 'test/data/dialogs-tune-215.jsonl', 'test/data/dialogs-tune-216.jsonl', 'test/data/dialogs-tune-217.jsonl', 'test/data/dialogs-tune-218.jsonl', 'test/data/dialogs-tune-219.jsonl', 'test/data/dialogs-tune-220.jsonl', 'test/data/dialogs-tune-224.jsonl', 'test/data/dialogs-tune-225.jsonl', 'test/data/dialogs-tune-226.jsonl', 'test/data/dialogs-tune-221.jsonl', 'test/data/dialogs-tune-222.jsonl', 'test/data/dialogs-tune-223.jsonl', 'test/data/dialogs-tune-227.jsonl', 'test/data/dialogs-tune-228.jsonl', 'test/data/dialogs-tune-229.jsonl', 'test/data/dialogs-tune-230.jsonl', 'test/data/dialogs-tune-231.jsonl', 'test/data/dialogs-tune-232.jsonl', 'test/data/dialogs-tune-233.jsonl', 'test/data/dialogs-tune-234.jsonl', 'test/data/dialogs-tune-235.jsonl', 'test/data/dialogs-tune-236.jsonl', 'test/data/dialogs-tune-237.jsonl', 'test/data/dialogs-tune-238.jsonl', 'test/data/dialogs-tune-239.jsonl', 'test/data/dialogs-tune-240.jsonl', 'test/data/dialogs-tune-241.jsonl', 'test/data/dialogs-tune-242.jsonl', 'test/data/dialogs-tune-243.jsonl', 'test/data/dialogs-tune-244.jsonl', 'test/data/dialogs-tune-245.jsonl', 'test/data/dialogs-tune-246.jsonl', 'test/data/dialogs-tune-247.jsonl', 'test/data/dialogs-tune-248.jsonl', 'test/data/dialogs-tune-249.jsonl', 'test/data/dialogs-tune-250.jsonl', 'test/data/dialogs-tune-251.jsonl', 'test/data/dialogs-tune-252.jsonl', 'test/data/dialogs-tune-253.jsonl', 'test/data/dialogs-tune-254.jsonl', 'test/data/dialogs-tune-255.jsonl', 'test/data/dialogs-tune-256.jsonl', 'test/data/dialogs-tune-257.jsonl', 'test/data/dialogs-tune-258.jsonl', 'test/data/dialogs-tune-259.jsonl', 'test/data/dialogs-tune-260.jsonl', 'test/data/dialogs-tune-261.jsonl', 'test/data/dialogs-tune-262.jsonl', 'test/data/dialogs-tune-263.jsonl', 'test/data/dialogs-tune-264.jsonl', 'test/data/dialogs-tune-265.jsonl', 'test/data/dialogs-tune-266.jsonl', 'test/data/dialogs-tune-267.jsonl', 'test/data/dialogs-tune-268.jsonl', 'test/data/dialogs-tune-269.jsonl', 'test/data/dialogs-tune-270.jsonl', 'test/data/dialogs-tune-271.jsonl', 'test/data/dialogs-tune-272.jsonl', 'test/data/dialogs-tune-273.jsonl', 'test/data/dialogs-tune-274.jsonl', 'test/data/dialogs-tune-275.jsonl', 'test/data/dialogs-tune-276.jsonl', 'test/data/dialogs-tune-277.jsonl', 'test/data/dialogs-tune-278.jsonl', 'test/data/dialogs-tune-279.jsonl', 'test/data/dialogs-tune-280.jsonl', 'test/data/dialogs-tune-281.jsonl', 'test/data/dialogs-tune-282.jsonl', 'test/data/dialogs-tune-283.jsonl', 'test/data/dialogs-tune-284.jsonl', 'test/data/dialogs-tune-285.jsonl', 'test/data/dialogs-tune-286.jsonl', 'test/data/dialogs-tune-289.jsonl', 'test/data/dialogs-tune-290.jsonl', 'test/data/dialogs-tune-287.jsonl', 'test/data/dialogs-tune-288.jsonl', 'test/data/dialogs-tune-291.jsonl', 'test/data/dialogs-tune-292.jsonl', 'test/data/dialogs-tune-293.jsonl', 'test/data/dialogs-tune-294.jsonl', 'test/data/dialogs-tune-295.jsonl', 'test/data/dialogs-tune-296.jsonl', 'test/data/dialogs-tune-297.jsonl', 'test/data/dialogs-tune-298.jsonl', 'test/data/tune-43.jsonl', 'test/data/tune-44.jsonl', 'test/data/tune-45.jsonl', 'test/data/tune-46.jsonl', 'test/data/dialogs-tune-304.jsonl', 'test/data/dialogs-tune-301.jsonl', 'test/data/dialogs-tune-303.jsonl', 'test/data/dialogs-tune-302.jsonl', 'test/data/dialogs-tune-299.jsonl', 'test/data/dialogs-tune-300.jsonl', 'test/data/dialogs-tune-305.jsonl', 'test/data/dialogs-tune-306.jsonl', 'test/data/dialogs-tune-307.jsonl', 'test/data/dialogs-tune-308.jsonl', 'test/data/dialogs-tune-309.jsonl', 'test/data/tune-47.jsonl', 'test/data/dialogs-tune-314.jsonl', 'test/data/dialogs-tune-312.jsonl', 'test/data/dialogs-tune-311.jsonl', 'test/data/dialogs-tune-313.jsonl', 'test/data/dialogs-tune-315.jsonl', 'test/data/dialogs-tune-310.jsonl', 'test/data/dialogs-tune-317.jsonl', 'test/data/dialogs-tune-318.jsonl', 'test/data/dialogs-tune-319.jsonl', 'test/data/dialogs-tune-320.jsonl', 'test/data/dialogs-tune-316.jsonl', 'test/data/tune-48.jsonl', 'test/data/dialogs-tune-321.jsonl', 'test/data/dialogs-tune-322.jsonl', 'test/data/dialogs-tune-323.jsonl', 'test/data/dialogs-tune-324.jsonl', 'test/data/dialogs-tune-325.jsonl', 'test/data/tune-49.jsonl', 'test/data/dialogs-tune-328.jsonl', 'test/data/dialogs-tune-327.jsonl', 'test/data/dialogs-tune-326.jsonl', 'test/data/dialogs-tune-332.jsonl', 'test/data/dialogs-tune-333.jsonl', 'test/data/dialogs-tune-334.jsonl', 'test/data/dialogs-tune-335.jsonl', 'test/data/dialogs-tune-336.jsonl', 'test/data/dialogs-tune-337.jsonl', 'test/data/tune-50.jsonl', 'test/data/tune-51.jsonl', 'test/data/dialogs-tune-329.jsonl', 'test/data/dialogs-tune-330.jsonl', 'test/data/dialogs-tune-331.jsonl', 'test/data/dialogs-tune-338.jsonl', 'test/data/dialogs-tune-339.jsonl', 'test/data/dialogs-tune-340.jsonl', 'test/data/dialogs-tune-341.jsonl', 'test/data/dialogs-tune-342.jsonl', 'test/data/dialogs-tune-343.jsonl', 'test/data/tune-52.jsonl', 'test/data/tune-53.jsonl', 'test/data/dialogs-tune-344.jsonl', 'test/data/dialogs-tune-345.jsonl', 'test/data/dialogs-tune-346.jsonl', 'test/data/dialogs-tune-347.jsonl', 'test/data/dialogs-tune-348.jsonl', 'test/data/dialogs-tune-349.jsonl', 'test/data/tune-54.jsonl', 'test/data/tune-55.jsonl', 'test/data/tune-56.jsonl', 'test/data/tune-57.jsonl', 'test/data/dialogs-tune-350.jsonl', 'test/data/dialogs-tune-351.jsonl', 'test/data/dialogs-tune-352.jsonl', 'test/data/dialogs-tune-353.jsonl', 'test/data/dialogs-tune-354.jsonl', 'test/data/dialogs-tune-355.jsonl', 'test/data/dialogs-tune-356.jsonl', 'test/data/dialogs-tune-357.jsonl', 'test/data/dialogs-tune-358.jsonl', 'test/data/dialogs-tune-359.jsonl', 'test/data/dialogs-tune-360.jsonl', 'test/data/dialogs-tune-361.jsonl', 'test/data/dialogs-tune-362.jsonl', 'test/data/dialogs-tune-363.jsonl', 'test/data/dialogs-tune-364.jsonl', 'test/data/dialogs-tune-365.jsonl', 'test/data/dialogs-tune-366.jsonl', 'test/data/tune-58.jsonl', 'test/data/tune-59.jsonl', 'test/data/dialogs-tune-369.jsonl', 'test/data/dialogs-tune-370.jsonl', 'test/data/dialogs-tune-367.jsonl', 'test/data/dialogs-tune-368.jsonl', 'test/data/dialogs-tune-371.jsonl', 'test/data/dialogs-tune-372.jsonl', 'test/data/dialogs-tune-373.jsonl', 'test/data/dialogs-tune-374.jsonl', 'test/data/holdout.jsonl', 'test/data/dialogs-holdout.jsonl', 'test/data/holdout-2.jsonl', 'test/data/dialogs-holdout-2.jsonl', 'test/data/holdout-3.jsonl', 'test/data/dialogs-holdout-3.jsonl', 'test/data/holdout-4.jsonl', 'test/data/dialogs-holdout-4.jsonl', 'test/data/holdout-5.jsonl', 'test/data/dialogs-holdout-5.jsonl', 'test/data/holdout-6.jsonl', 'test/data/dialogs-holdout-6.jsonl', 'test/data/holdout-7.jsonl', 'test/data/dialogs-holdout-7.jsonl', 'test/data/holdout-8.jsonl', 'test/data/holdout-9.jsonl', 'test/data/holdout-10.jsonl', 'test/data/dialogs-holdout-8.jsonl', 'test/data/dialogs-holdout-9.jsonl', 'test/data/dialogs-holdout-10.jsonl', 'test/data/dialogs-holdout-11.jsonl', 'test/data/dialogs-holdout-12.jsonl', 'test/data/dialogs-holdout-13.jsonl', 'test/data/dialogs-holdout-14.jsonl', 'test/data/holdout-11.jsonl', 'test/data/dialogs-holdout-15.jsonl', 'test/data/dialogs-holdout-16.jsonl', 'test/data/dialogs-holdout-18.jsonl', 'test/data/holdout-12.jsonl', 'test/data/dialogs-holdout-19.jsonl', 'test/data/dialogs-holdout-20.jsonl', 'test/data/dialogs-holdout-21.jsonl', 'test/data/holdout-13.jsonl', 'test/data/dialogs-holdout-22.jsonl', 'test/data/dialogs-holdout-23.jsonl', 'test/data/dialogs-holdout-24.jsonl', 'test/data/holdout-14.jsonl', 'test/data/dialogs-holdout-25.jsonl', 'test/data/dialogs-holdout-26.jsonl', 'test/data/holdout-15.jsonl', 'test/data/dialogs-holdout-27.jsonl', 'test/data/holdout-16.jsonl', 'test/data/dialogs-holdout-28.jsonl', 'test/data/holdout-17.jsonl', 'test/data/dialogs-holdout-29.jsonl', 'test/data/dialogs-holdout-30.jsonl', 'test/data/holdout-18.jsonl', 'test/data/dialogs-holdout-31.jsonl', 'test/data/holdout-19.jsonl', 'test/data/dialogs-holdout-32.jsonl', 'test/data/dialogs-holdout-33.jsonl', 'test/data/holdout-20.jsonl', 'test/data/dialogs-holdout-34.jsonl', 'test/data/holdout-21.jsonl', 'test/data/dialogs-holdout-35.jsonl', 'test/data/dialogs-holdout-36.jsonl', 'test/data/dialogs-holdout-37.jsonl', 'test/data/holdout-22.jsonl', 'test/data/dialogs-holdout-38.jsonl', 'test/data/dialogs-holdout-39.jsonl', 'test/data/holdout-23.jsonl', 'test/data/dialogs-holdout-40.jsonl', 'test/data/dialogs-holdout-41.jsonl', 'test/data/dialogs-holdout-42.jsonl', 'test/data/holdout-24.jsonl', 'test/data/dialogs-holdout-43.jsonl', 'test/data/holdout-25.jsonl', 'test/data/dialogs-holdout-44.jsonl', 'test/data/dialogs-holdout-45.jsonl', 'test/data/dialogs-holdout-46.jsonl', 'test/data/dialogs-holdout-47.jsonl', 'test/data/holdout-26.jsonl', 'test/data/holdout-27.jsonl', 'test/data/dialogs-holdout-48.jsonl', 'test/data/dialogs-holdout-49.jsonl', 'test/data/dialogs-holdout-50.jsonl', 'test/data/dialogs-holdout-51.jsonl', 'test/data/dialogs-holdout-52.jsonl', 'test/data/dialogs-holdout-53.jsonl', 'test/data/dialogs-holdout-54.jsonl', 'test/data/dialogs-holdout-55.jsonl', 'test/data/dialogs-holdout-56.jsonl', 'test/data/dialogs-holdout-57.jsonl', 'test/data/dialogs-holdout-58.jsonl', 'test/data/dialogs-holdout-59.jsonl', 'test/data/holdout-28.jsonl', 'test/data/dialogs-holdout-60.jsonl', 'test/data/dialogs-holdout-61.jsonl', 'test/data/dialogs-holdout-62.jsonl', 'test/data/holdout-29.jsonl', 'test/data/dialogs-holdout-63.jsonl', 'test/data/dialogs-holdout-64.jsonl', 'test/data/dialogs-holdout-65.jsonl', 'test/data/dialogs-holdout-67.jsonl', 'test/data/dialogs-holdout-66.jsonl', 'test/data/dialogs-holdout-68.jsonl', 'test/data/dialogs-holdout-69.jsonl', 'test/data/dialogs-holdout-70.jsonl', 'test/data/dialogs-holdout-71.jsonl', 'test/data/dialogs-holdout-72.jsonl', 'test/data/dialogs-holdout-73.jsonl', 'test/data/dialogs-holdout-74.jsonl', 'test/data/dialogs-holdout-75.jsonl', 'test/data/dialogs-holdout-76.jsonl', 'test/data/dialogs-holdout-77.jsonl', 'test/data/dialogs-holdout-78.jsonl', 'test/data/dialogs-holdout-79.jsonl',
  'test/data/dialogs-holdout-81.jsonl',
  'test/data/dialogs-tune-376.jsonl',
  'test/data/dialogs-tune-375.jsonl',
  'test/data/dialogs-tune-379.jsonl',
  'test/data/dialogs-tune-380.jsonl',
  'test/data/dialogs-tune-377.jsonl',
  'test/data/dialogs-tune-378.jsonl',
  'test/data/dialogs-holdout-80.jsonl',
  'test/data/dialogs-holdout-82.jsonl',
  'test/data/dialogs-tune-381.jsonl',
  'test/data/dialogs-tune-382.jsonl',
  'test/data/dialogs-tune-384.jsonl',
  'test/data/dialogs-tune-385.jsonl',
  'test/data/dialogs-tune-386.jsonl',
  'test/data/dialogs-holdout-83.jsonl',
  'test/data/dialogs-tune-383.jsonl',
  'test/data/dialogs-tune-388.jsonl',
  'test/data/dialogs-holdout-84.jsonl',
  'test/data/dialogs-tune-387.jsonl',
  'test/data/dialogs-tune-389.jsonl',
  'test/data/dialogs-tune-390.jsonl',
  'test/data/dialogs-tune-391.jsonl',
  'test/data/dialogs-tune-393.jsonl',
  'test/data/dialogs-tune-392.jsonl',
  'test/data/dialogs-tune-394.jsonl',
  'test/data/dialogs-holdout-86.jsonl',
  'test/data/dialogs-holdout-85.jsonl',
  'test/data/dialogs-tune-395.jsonl',
  'test/data/dialogs-tune-396.jsonl',
  'test/data/dialogs-tune-397.jsonl',
  'test/data/dialogs-tune-398.jsonl',
  'test/data/dialogs-tune-399.jsonl',
  'test/data/dialogs-tune-400.jsonl',
  'test/data/dialogs-tune-401.jsonl',
  'test/data/dialogs-tune-402.jsonl',
  'test/data/dialogs-tune-403.jsonl',
  'test/data/dialogs-tune-404.jsonl',
  'test/data/dialogs-tune-405.jsonl',
  'test/data/dialogs-tune-406.jsonl',
  'test/data/dialogs-holdout-87.jsonl',
  'test/data/dialogs-holdout-88.jsonl',
  'test/data/dialogs-tune-407.jsonl',
  'test/data/dialogs-tune-408.jsonl',
  'test/data/dialogs-tune-409.jsonl',
  'test/data/dialogs-tune-410.jsonl',
  'test/data/dialogs-tune-411.jsonl',
  'test/data/dialogs-tune-412.jsonl',
  'test/data/dialogs-tune-413.jsonl',
  'test/data/dialogs-tune-414.jsonl',
  'test/data/dialogs-tune-415.jsonl',
  'test/data/dialogs-holdout-89.jsonl',
  'test/data/dialogs-holdout-90.jsonl',
  'test/data/dialogs-holdout-91.jsonl',
  'test/data/dialogs-tune-416.jsonl',
  'test/data/dialogs-tune-417.jsonl',
  'test/data/dialogs-tune-418.jsonl',
  'test/data/dialogs-tune-419.jsonl',
  'test/data/dialogs-tune-420.jsonl',
  'test/data/dialogs-holdout-92.jsonl',
  'test/data/dialogs-holdout-93.jsonl',
  'test/data/dialogs-tune-421.jsonl',
  'test/data/dialogs-tune-422.jsonl',
  'test/data/dialogs-tune-423.jsonl',
  'test/data/dialogs-tune-424.jsonl',
  'test/data/dialogs-tune-425.jsonl',
  'test/data/dialogs-tune-426.jsonl',
  'test/data/dialogs-holdout-94.jsonl',
  'test/data/dialogs-holdout-95.jsonl',
  'test/data/dialogs-tune-427.jsonl',
  'test/data/dialogs-tune-428.jsonl',
  'test/data/dialogs-holdout-96.jsonl',
  'test/data/dialogs-holdout-97.jsonl',
  'test/data/dialogs-holdout-98.jsonl',
  'test/data/dialogs-holdout-99.jsonl',
  'test/data/dialogs-holdout-100.jsonl',
  'test/data/dialogs-holdout-101.jsonl',
  'test/data/dialogs-holdout-102.jsonl',
  'test/data/dialogs-tune-429.jsonl',
  'test/data/dialogs-tune-430.jsonl',
  'test/data/dialogs-tune-431.jsonl',
  'test/data/dialogs-tune-432.jsonl',
  'test/data/dialogs-tune-433.jsonl',
  'test/data/dialogs-holdout-103.jsonl',
  'test/data/dialogs-holdout-104.jsonl',
  'test/data/dialogs-tune-434.jsonl',
  'test/data/dialogs-tune-435.jsonl',
  'test/data/dialogs-tune-436.jsonl',
  'test/data/dialogs-tune-437.jsonl',
  'test/data/dialogs-tune-438.jsonl',
  'test/data/dialogs-tune-439.jsonl',
  'test/data/dialogs-holdout-105.jsonl',
  'test/data/dialogs-holdout-106.jsonl',
  'test/data/dialogs-tune-440.jsonl',
  'test/data/dialogs-tune-441.jsonl',
  'test/data/dialogs-tune-442.jsonl',
  'test/data/dialogs-tune-443.jsonl',
  'test/data/dialogs-holdout-107.jsonl',
  'test/data/dialogs-holdout-108.jsonl',
  'test/data/dialogs-tune-444.jsonl',
  'test/data/dialogs-tune-445.jsonl',
  'test/data/dialogs-tune-446.jsonl',
  'test/data/dialogs-tune-447.jsonl',
  'test/data/dialogs-tune-448.jsonl',
  'test/data/dialogs-tune-449.jsonl',
  'test/data/dialogs-holdout-109.jsonl',
  'test/data/dialogs-holdout-110.jsonl',
  'test/data/dialogs-tune-450.jsonl',
  'test/data/dialogs-tune-451.jsonl',
  'test/data/dialogs-tune-452.jsonl',
  'test/data/dialogs-tune-453.jsonl',
  'test/data/dialogs-tune-454.jsonl',
  'test/data/dialogs-tune-455.jsonl',
  'test/data/dialogs-holdout-111.jsonl',
  'test/data/dialogs-holdout-112.jsonl',
  'test/data/dialogs-tune-456.jsonl',
  'test/data/dialogs-tune-457.jsonl',
  'test/data/dialogs-tune-458.jsonl',
  'test/data/dialogs-tune-459.jsonl',
  'test/data/dialogs-holdout-113.jsonl',
  'test/data/dialogs-holdout-114.jsonl',
  'test/data/dialogs-tune-460.jsonl',
  'test/data/dialogs-tune-461.jsonl',
  'test/data/dialogs-tune-462.jsonl',
  'test/data/dialogs-tune-463.jsonl',
  'test/data/dialogs-tune-464.jsonl',
  'test/data/dialogs-tune-465.jsonl',
  'test/data/dialogs-tune-466.jsonl',
  'test/data/dialogs-tune-467.jsonl',
  'test/data/dialogs-tune-468.jsonl',
  'test/data/dialogs-tune-469.jsonl',
  'test/data/dialogs-tune-470.jsonl',
  'test/data/dialogs-tune-471.jsonl',
  'test/data/dialogs-tune-472.jsonl',
  'test/data/dialogs-tune-473.jsonl',
  'test/data/dialogs-tune-474.jsonl',
  'test/data/dialogs-tune-475.jsonl',
  'test/data/dialogs-tune-476.jsonl',
  'test/data/dialogs-tune-477.jsonl',
  'test/data/dialogs-tune-478.jsonl',
  'test/data/dialogs-tune-479.jsonl',
  'test/data/dialogs-holdout-115.jsonl',
  'test/data/dialogs-holdout-116.jsonl',
  'test/data/dialogs-holdout-117.jsonl',
  'test/data/dialogs-holdout-118.jsonl',
  'test/data/dialogs-tune-480.jsonl',
  'test/data/dialogs-tune-481.jsonl',
  'test/data/dialogs-tune-482.jsonl',
  'test/data/dialogs-tune-483.jsonl',
  'test/data/dialogs-tune-484.jsonl',
  'test/data/dialogs-tune-485.jsonl',
  'test/data/dialogs-tune-486.jsonl',
  'test/data/dialogs-tune-487.jsonl',
  'test/data/dialogs-tune-488.jsonl',
  'test/data/dialogs-tune-489.jsonl',
  'test/data/dialogs-tune-490.jsonl',
  'test/data/dialogs-tune-491.jsonl',
  'test/data/dialogs-holdout-119.jsonl',
  'test/data/dialogs-holdout-120.jsonl',
  'test/data/dialogs-holdout-121.jsonl',
  'test/data/dialogs-holdout-122.jsonl',
  'test/data/dialogs-tune-492.jsonl',
  'test/data/dialogs-tune-493.jsonl',
  'test/data/dialogs-tune-494.jsonl',
  'test/data/dialogs-tune-497.jsonl',
  'test/data/dialogs-tune-495.jsonl',
  'test/data/dialogs-tune-496.jsonl',
  'test/data/dialogs-tune-498.jsonl',
  'test/data/dialogs-tune-499.jsonl',
  'test/data/dialogs-tune-500.jsonl',
  'test/data/dialogs-tune-501.jsonl',
  'test/data/dialogs-tune-502.jsonl',
  'test/data/dialogs-tune-503.jsonl',
  'test/data/dialogs-tune-504.jsonl',
  'test/data/dialogs-tune-505.jsonl',
  'test/data/dialogs-tune-506.jsonl',
  'test/data/dialogs-tune-507.jsonl',
  'test/data/dialogs-tune-508.jsonl',
  'test/data/dialogs-tune-509.jsonl',
  'test/data/dialogs-holdout-123.jsonl',
  'test/data/dialogs-holdout-124.jsonl',
  'test/data/dialogs-holdout-125.jsonl',
  'test/data/dialogs-holdout-126.jsonl',
  'test/data/dialogs-tune-510.jsonl',
  'test/data/dialogs-tune-511.jsonl',
  'test/data/dialogs-tune-512.jsonl',
  'test/data/dialogs-tune-513.jsonl',
  'test/data/dialogs-tune-514.jsonl',
  'test/data/dialogs-tune-515.jsonl',
  'test/data/dialogs-tune-516.jsonl',
  'test/data/dialogs-tune-517.jsonl',
  'test/data/dialogs-tune-518.jsonl',
  'test/data/dialogs-tune-519.jsonl',
  'test/data/dialogs-tune-520.jsonl',
  'test/data/dialogs-tune-521.jsonl',
  'test/data/dialogs-tune-522.jsonl',
  'test/data/dialogs-tune-523.jsonl',
  'test/data/dialogs-holdout-127.jsonl',
  'test/data/dialogs-holdout-128.jsonl',
  'test/data/dialogs-tune-524.jsonl',
  'test/data/dialogs-tune-525.jsonl',
  'test/data/dialogs-tune-526.jsonl',
  'test/data/dialogs-tune-527.jsonl',
  'test/data/dialogs-tune-528.jsonl',
  'test/data/dialogs-tune-529.jsonl',
  'test/data/dialogs-holdout-129.jsonl',
  'test/data/dialogs-holdout-130.jsonl',
  'test/data/dialogs-tune-530.jsonl',
  'test/data/dialogs-tune-531.jsonl',
  'test/data/dialogs-tune-532.jsonl',
  'test/data/dialogs-tune-533.jsonl',
  'test/data/dialogs-tune-534.jsonl',
  'test/data/dialogs-tune-535.jsonl',
  'test/data/dialogs-holdout-131.jsonl',
  'test/data/dialogs-holdout-132.jsonl',
  'test/data/dialogs-tune-536.jsonl',
  'test/data/dialogs-tune-537.jsonl',
  'test/data/dialogs-tune-538.jsonl',
  'test/data/dialogs-tune-539.jsonl',
  'test/data/dialogs-tune-540.jsonl',
  'test/data/dialogs-tune-541.jsonl',
  'test/data/dialogs-holdout-133.jsonl',
  'test/data/dialogs-holdout-134.jsonl',
  'test/data/dialogs-tune-542.jsonl',
  'test/data/dialogs-tune-543.jsonl',
  'test/data/dialogs-tune-544.jsonl',
  'test/data/dialogs-tune-545.jsonl',
  'test/data/dialogs-tune-546.jsonl',
  'test/data/dialogs-tune-547.jsonl',
  'test/data/dialogs-holdout-135.jsonl',
  'test/data/dialogs-holdout-136.jsonl',
  'test/data/dialogs-tune-548.jsonl',
  'test/data/dialogs-tune-549.jsonl',
  'test/data/dialogs-tune-550.jsonl',
  'test/data/dialogs-tune-551.jsonl',
  'test/data/dialogs-tune-552.jsonl',
  'test/data/dialogs-tune-553.jsonl',
  'test/data/dialogs-holdout-137.jsonl',
  'test/data/dialogs-holdout-138.jsonl',
  'test/data/dialogs-tune-554.jsonl',
  'test/data/dialogs-tune-555.jsonl',
  'test/data/dialogs-tune-556.jsonl',
  'test/data/dialogs-tune-557.jsonl',
  'test/data/dialogs-tune-558.jsonl',
  'test/data/dialogs-tune-559.jsonl',
  'test/data/dialogs-holdout-139.jsonl',
  'test/data/dialogs-holdout-140.jsonl',
  'test/data/dialogs-tune-560.jsonl',
  'test/data/dialogs-tune-561.jsonl',
  'test/data/dialogs-tune-562.jsonl',
  'test/data/dialogs-tune-563.jsonl',
  'test/data/dialogs-tune-564.jsonl',
  'test/data/dialogs-tune-565.jsonl',
  'test/data/dialogs-holdout-141.jsonl',
  'test/data/dialogs-holdout-142.jsonl',
  'test/data/dialogs-tune-566.jsonl',
  'test/data/dialogs-tune-567.jsonl',
  'test/data/dialogs-tune-568.jsonl',
  'test/data/dialogs-tune-569.jsonl',
  'test/data/dialogs-tune-570.jsonl',
  'test/data/dialogs-tune-571.jsonl',
  'test/data/dialogs-holdout-143.jsonl',
  'test/data/dialogs-holdout-144.jsonl',
  'test/data/dialogs-tune-572.jsonl',
  'test/data/dialogs-tune-573.jsonl',
  'test/data/dialogs-tune-574.jsonl',
  'test/data/dialogs-tune-575.jsonl',
  'test/data/dialogs-tune-576.jsonl',
  'test/data/dialogs-tune-577.jsonl',
  'test/data/dialogs-holdout-145.jsonl',
  'test/data/dialogs-holdout-146.jsonl',
  'test/data/dialogs-tune-578.jsonl',
  'test/data/dialogs-tune-579.jsonl',
  'test/data/dialogs-tune-581.jsonl',
  'test/data/dialogs-tune-582.jsonl',
  'test/data/dialogs-tune-583.jsonl',
  'test/data/dialogs-holdout-147.jsonl',
  'test/data/dialogs-holdout-148.jsonl',
  'test/data/dialogs-tune-580.jsonl',
  'test/data/dialogs-tune-584.jsonl',
  'test/data/dialogs-tune-585.jsonl',
  'test/data/dialogs-tune-586.jsonl',
  'test/data/dialogs-tune-587.jsonl',
  'test/data/dialogs-tune-588.jsonl',
  'test/data/dialogs-tune-589.jsonl',
  'test/data/dialogs-holdout-149.jsonl',
  'test/data/dialogs-holdout-150.jsonl',
  'test/data/dialogs-tune-590.jsonl',
  'test/data/dialogs-tune-592.jsonl',
  'test/data/dialogs-tune-593.jsonl',
  'test/data/dialogs-tune-594.jsonl',
  'test/data/dialogs-tune-595.jsonl',
  'test/data/dialogs-holdout-151.jsonl',
  'test/data/dialogs-holdout-152.jsonl',
  'test/data/dialogs-tune-591.jsonl',
  'test/data/dialogs-tune-596.jsonl',
  'test/data/dialogs-tune-597.jsonl',
  'test/data/dialogs-tune-598.jsonl',
  'test/data/dialogs-tune-600.jsonl',
  'test/data/dialogs-tune-601.jsonl',
  'test/data/dialogs-holdout-153.jsonl',
  'test/data/dialogs-holdout-154.jsonl',
  'test/data/dialogs-tune-599.jsonl',
  'test/data/dialogs-tune-602.jsonl',
  'test/data/dialogs-tune-603.jsonl',
  'test/data/dialogs-tune-604.jsonl',
  'test/data/dialogs-tune-605.jsonl',
  'test/data/dialogs-tune-606.jsonl',
  'test/data/dialogs-tune-607.jsonl',
  'test/data/dialogs-holdout-155.jsonl',
  'test/data/dialogs-holdout-156.jsonl',
  'test/data/dialogs-tune-608.jsonl',
  'test/data/dialogs-tune-609.jsonl',
  'test/data/dialogs-tune-610.jsonl',
  'test/data/dialogs-tune-611.jsonl',
  'test/data/dialogs-holdout-157.jsonl',
  'test/data/dialogs-holdout-158.jsonl',
  'test/data/dialogs-tune-612.jsonl',
  'test/data/dialogs-tune-613.jsonl',
  'test/data/dialogs-tune-614.jsonl',
  'test/data/dialogs-tune-615.jsonl',
  'test/data/dialogs-tune-616.jsonl',
  'test/data/dialogs-tune-617.jsonl',
  'test/data/dialogs-holdout-159.jsonl',
  'test/data/dialogs-holdout-160.jsonl',
  '../shared/eval/dev-sample.jsonl', '../shared/eval/dev-dialogs.jsonl',
].map((f) => join(root, f)).filter(existsSync);

const loaded = loadSourceFromFiles();
// a file that does not load (a duplicate lexicon key…) would silently lower every figure: refuse to measure
if (loaded.errors.length) {
  for (const e of loaded.errors) console.error(`${e.file}: ${e.message}`);
  process.exit(1);
}
const kb = new KnowledgeBase(buildSnapshot(loaded.source));

function table(title: string, rows: Scored[], key: (s: Scored) => string | undefined, ok: (s: Scored) => boolean) {
  const groups = new Map<string, { n: number; ok: number }>();
  for (const s of rows) {
    const k = key(s);
    if (!k) continue;
    const g = groups.get(k) ?? { n: 0, ok: 0 };
    g.n++;
    if (ok(s)) g.ok++;
    groups.set(k, g);
  }
  console.log(`  ${title}:`);
  for (const [k, g] of [...groups].sort((a, b) => a[1].ok / a[1].n - b[1].ok / b[1].n)) {
    if (g.ok < g.n || !quiet) console.log(`    ${k.padEnd(34)} ${String(g.ok).padStart(3)}/${String(g.n).padEnd(3)} ${pct(g.ok, g.n)}`);
  }
}

// every set's lines, pooled by kind (tune or held-out, single messages or dialog turns), for one figure each
const pools = new Map<string, { sets: number; scored: Scored[] }>();

for (const file of files) {
  const { singles, dialogs } = readJsonl(file);
  const scored = runEngine(kb, singles, dialogs);
  if (file.includes('test/data/')) {
    const kind = `${/holdout/.test(file) ? 'held-out' : 'tune'} ${dialogs.length ? 'dialog turns' : 'single messages'}`;
    const pool = pools.get(kind) ?? { sets: 0, scored: [] };
    pool.sets++;
    pool.scored.push(...scored);
    pools.set(kind, pool);
  }
  const procs = scored.filter((s) => s.label.intent === 'procedure');
  console.log(`\n== ${file.replace(root + '/', '')}: ${scored.length} ${dialogs.length ? `turns in ${dialogs.length} dialogs` : 'messages'}`);
  console.log(`  intent+procedure exact: ${pct(scored.filter(intentProcOk).length, scored.length)}`);
  console.log(`  aspect (procedure lines): ${pct(procs.filter(aspectOk).length, procs.length)}`);
  console.log(`  all fields (turn accuracy): ${pct(scored.filter(fullOk).length, scored.length)}`);
  console.log(`  intent only: ${pct(scored.filter((s) => s.got.intent === s.label.intent).length, scored.length)}`);
  table('per intent', scored, (s) => s.label.intent, intentProcOk);
  table('per procedure', procs, (s) => s.label.procedure, intentProcOk);
  table('per aspect', procs, (s) => s.label.aspect, aspectOk);
  // calibration: how often the answer is right at each reported confidence
  const buckets = [0, 0.5, 0.8, 0.95, 1.01];
  const cal = buckets.slice(0, -1).map((lo, i) => {
    const inB = scored.filter((x) => x.got.confidence >= lo && x.got.confidence < buckets[i + 1]);
    return `${lo.toFixed(2)}–${Math.min(1, buckets[i + 1]).toFixed(2)}: ${pct(inB.filter(intentProcOk).length, inB.length)} of ${inB.length}`;
  });
  console.log(`  calibration (intent+procedure correct by confidence): ${cal.join(' | ')}`);
  const confusion = new Map<string, number>();
  for (const s of scored) if (!intentProcOk(s)) {
    const k = `${s.label.procedure ?? s.label.intent} → ${s.got.procedure ?? s.got.intent}`;
    confusion.set(k, (confusion.get(k) ?? 0) + 1);
  }
  console.log('  confusions:');
  for (const [k, n] of [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${n}× ${k}`);
  // held-out sets are measured, never read: their misses stay hidden unless asked for (--show-holdout)
  const heldOut = /holdout/.test(file) && !showHeldOut;
  if (!quiet && heldOut) console.log('  misses: (held-out set: not shown; --show-holdout prints them)');
  if (!quiet && !heldOut) {
    console.log('  misses:');
    for (const s of scored.filter((x) => !fullOk(x))) {
      const want = s.label.intent === 'procedure' ? `${s.label.procedure}/${s.label.aspect}` : s.label.intent;
      const got = s.got.intent === 'procedure' ? `${s.got.procedure}/${s.got.aspect}` : s.got.intent;
      console.log(`    ${s.dialog ? `[${s.dialog}] ` : ''}${s.label.text.slice(0, 90)}\n      want ${want}  got ${got} (${s.got.confidence})`);
    }
  }
}

if (pools.size) {
  console.log('\n== pooled (every line of our own sets of a kind, counted once)');
  for (const [kind, { sets, scored }] of [...pools].sort()) {
    const procs = scored.filter((s) => s.label.intent === 'procedure');
    console.log(`  ${kind.padEnd(26)} ${String(sets).padStart(3)} sets ${String(scored.length).padStart(6)} lines: intent+procedure ${pct(scored.filter(intentProcOk).length, scored.length)}, aspect ${pct(procs.filter(aspectOk).length, procs.length)}, all fields ${pct(scored.filter(fullOk).length, scored.length)}`);
  }
}
